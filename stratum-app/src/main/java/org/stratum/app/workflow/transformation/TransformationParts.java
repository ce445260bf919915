package org.stratum.app.workflow.transformation;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;
import org.stratum.app.workflow.record.Stamp;

/** The barrier log, institutional actions and community partners in the JSON export: one part each. */
@Configuration(proxyBeanMethods = false)
public class TransformationParts {

    /** A barrier or learning as exported; kind, level and status by their codes. */
    public record BarrierRecord(String kind, String title, String description, String raisedBy, String level,
            String escalatedTo, String status) {
    }

    /** An institutional action as exported; kind and status by their codes. */
    public record ActionRecord(String kind, String title, String description, String owner, String status) {
    }

    /** A community partner as exported. */
    public record PartnerRecord(String name, String description, String jointActions) {
    }

    @Bean
    WorkflowDataPart<BarrierRecord> barriersPart(Barriers barriers) {
        return new Part<>("barriers", BarrierRecord.class, 50, barriers::count, BarrierRecord::title,
                () -> barriers.list().stream().map(b -> new BarrierRecord(b.kind().code(), b.title(), b.description(),
                        b.raisedBy(), b.level().code(), b.escalatedTo(), b.status().code())).toList(),
                (r, user) -> {
                    BarrierStatus status = Fields.code(r.status(), "status", BarrierStatus::ofCode);
                    String escalatedTo = Fields.optional(r.escalatedTo(), "escalatedTo", 200);
                    if (status == BarrierStatus.ESCALATED && escalatedTo == null) {
                        throw new IllegalArgumentException("'escalatedTo' is missing for an escalated barrier");
                    }
                    barriers.create(new Barrier(null, Fields.code(r.kind(), "kind", BarrierKind::ofCode),
                            Fields.required(r.title(), "title", 200), Fields.optional(r.description(), "description", 2000),
                            Fields.required(r.raisedBy(), "raisedBy", 200), Fields.code(r.level(), "level", BarrierLevel::ofCode),
                            escalatedTo, status, Stamp.NEW), user);
                });
    }

    @Bean
    WorkflowDataPart<ActionRecord> institutionalActionsPart(InstitutionalActions actions) {
        return new Part<>("institutionalActions", ActionRecord.class, 60, actions::count, ActionRecord::title,
                () -> actions.list().stream().map(a -> new ActionRecord(a.kind().code(), a.title(), a.description(),
                        a.owner(), a.status().code())).toList(),
                (r, user) -> actions.create(new InstitutionalAction(null, Fields.code(r.kind(), "kind", ActionKind::ofCode),
                        Fields.required(r.title(), "title", 200), Fields.optional(r.description(), "description", 2000),
                        Fields.optional(r.owner(), "owner", 200), Fields.code(r.status(), "status", ActionStatus::ofCode),
                        Stamp.NEW), user));
    }

    @Bean
    WorkflowDataPart<PartnerRecord> communityPartnersPart(CommunityPartners partners) {
        return new Part<>("communityPartners", PartnerRecord.class, 70, partners::count, PartnerRecord::name,
                () -> partners.list().stream().map(p -> new PartnerRecord(p.name(), p.description(), p.jointActions())).toList(),
                (r, user) -> partners.create(new CommunityPartner(null, Fields.required(r.name(), "name", 200),
                        Fields.optional(r.description(), "description", 2000),
                        Fields.optional(r.jointActions(), "jointActions", 2000), Stamp.NEW), user));
    }

    /** A part made of its functions: these three kinds differ only in their fields. */
    private record Part<T>(String name, Class<T> type, int position, java.util.function.LongSupplier stored,
            java.util.function.Function<T, String> title, java.util.function.Supplier<List<T>> records,
            java.util.function.BiConsumer<T, String> store) implements WorkflowDataPart<T> {

        @Override
        public List<T> export() {
            return records.get();
        }

        @Override
        public long storedRecords() {
            return stored.getAsLong();
        }

        @Override
        public void importRecord(T record, String username) {
            store.accept(record, username);
        }

        @Override
        public String describe(T record) {
            return "\"" + title.apply(record) + "\"";
        }
    }
}
