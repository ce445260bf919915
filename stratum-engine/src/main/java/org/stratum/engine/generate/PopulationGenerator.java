package org.stratum.engine.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.stratum.core.valueset.DemoValueSets;
import org.stratum.engine.generate.clinical.ClinicalCodes;
import org.stratum.engine.generate.clinical.ClinicalHistoryFactory;
import org.stratum.engine.generate.clinical.SyntheticPatient;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.generate.people.NameBank;
import org.stratum.engine.generate.people.OriginCatalogue;
import org.stratum.engine.generate.people.PersonFactory;
import org.stratum.engine.generate.sink.BlockOutput;
import org.stratum.engine.generate.sink.PopulationSink;
import org.stratum.engine.generate.truth.GroundTruthWriter;
import org.stratum.engine.generate.truth.OutcomeModel;
import org.stratum.engine.generate.truth.TruthTally;

/**
 * Generates a synthetic California primary-care population. Patients are made in blocks on worker
 * threads, each from its own seeded random stream, and written in order by this thread; memory
 * holds only the blocks in flight, so it stays flat however many patients are asked for.
 */
public final class PopulationGenerator {
    static final int BLOCK_SIZE = 500;

    private final GeneratorSettings settings;
    private final Timeline timeline;
    private final CareNetwork network;
    private final PersonFactory people;
    private final ClinicalHistoryFactory histories;

    public PopulationGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.timeline = settings.timeline();
        NameBank names = NameBank.load();
        this.network = CareNetwork.california(names);
        this.people = new PersonFactory(network, OriginCatalogue.load(), names, timeline);
        this.histories = new ClinicalHistoryFactory(timeline, new ClinicalCodes(DemoValueSets.load()), new OutcomeModel(),
                network.clinicians());
    }

    /** Runs the generation; {@code progress} hears the number of patients written so far. */
    public GenerationReport run(LongConsumer progress) {
        long started = System.nanoTime();
        TruthTally truth = new TruthTally();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
        try (PopulationSink sink = settings.format().open(settings.out())) {
            sink.writeNetwork(network);
            Deque<Future<Block>> inFlight = new ArrayDeque<>();
            long written = 0;
            for (long from = 0; from < settings.patients(); from += BLOCK_SIZE) {
                long start = from;
                long end = Math.min(settings.patients(), from + BLOCK_SIZE);
                inFlight.add(workers.submit(() -> block(start, end, sink)));
                if (inFlight.size() >= 2 * settings.threads()) {
                    written += writeNext(inFlight, sink, truth);
                    progress.accept(written);
                }
            }
            while (!inFlight.isEmpty()) {
                written += writeNext(inFlight, sink, truth);
                progress.accept(written);
            }
            Path groundTruth = new GroundTruthWriter(settings, network).write(truth);
            return new GenerationReport(settings.patients(), sink.recordsWritten(), groundTruth,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the population to " + settings.out() + ": " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
    }

    private record Block(BlockOutput output, TruthTally truth, int patients) {
    }

    private Block block(long from, long to, PopulationSink sink) {
        TruthTally truth = new TruthTally();
        List<SyntheticPatient> patients = new ArrayList<>((int) (to - from));
        for (long index = from; index < to; index++) {
            Rng rng = Rng.forPatient(settings.seed(), index);
            patients.add(histories.build(people.create(index, rng), rng, truth));
        }
        return new Block(sink.serialize(patients), truth, patients.size());
    }

    private static long writeNext(Deque<Future<Block>> inFlight, PopulationSink sink, TruthTally truth) throws IOException {
        try {
            Block block = inFlight.removeFirst().get();
            sink.append(block.output());
            truth.add(block.truth());
            return block.patients();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Generating a block of patients failed", cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "stratum-generator");
            thread.setDaemon(true);
            return thread;
        };
    }
}
