package org.stratum.core.measure;

/**
 * A value set a definition uses, by VSAC OID. Its logic reads the expansion as the relation
 * {@code vs_<name>(system, code)}.
 *
 * @param name  the short name the logic uses, e.g. {@code essential_hypertension}
 * @param oid   the value set's OID, e.g. {@code 2.16.840.1.113883.3.464.1003.104.12.1011}
 * @param title the value set's published title
 */
public record ValueSetReference(String name, String oid, String title) {
}
