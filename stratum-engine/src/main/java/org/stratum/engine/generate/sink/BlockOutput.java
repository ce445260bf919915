package org.stratum.engine.generate.sink;

import java.util.Map;

/**
 * A block of patients serialised on a worker thread: the bytes to append to each output file and
 * how many records (rows or resources) they hold.
 */
public record BlockOutput(Map<String, byte[]> bytesByFile, Map<String, Long> recordsByFile) {
}
