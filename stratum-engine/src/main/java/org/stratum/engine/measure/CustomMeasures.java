package org.stratum.engine.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.measure.InvalidMeasureDefinition;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Measures a user adds as definition files in the data directory's {@code measures} folder. Each is
 * checked when it is added and whenever the library is loaded: the file's fields, its ties to the
 * library, and its SQL bound against the warehouse (only a SELECT, known tables, columns and value
 * sets), so a broken file is reported by name instead of failing a run half-way.
 */
public final class CustomMeasures {

    private CustomMeasures() {
    }

    /**
     * The built-in library plus the user's measures.
     *
     * @throws InvalidMeasureDefinition listing every problem with the user's files
     */
    public static MeasureLibrary load(DataDirectory data, Warehouse warehouse) {
        MeasureLibrary library = MeasureLibrary.builtIn();
        Path folder = data.measuresFolder();
        if (!Files.isDirectory(folder)) {
            return library;
        }
        MeasureLibrary withCustom = library.withDefinitionsIn(folder);
        requireSound(withCustom, withCustom.measures().stream().filter(m -> !m.builtIn()).toList(), warehouse);
        return withCustom;
    }

    /**
     * Checks a definition file without adding it.
     *
     * @return the measure it defines
     * @throws InvalidMeasureDefinition listing every problem found
     */
    public static MeasureDefinition check(Path file, MeasureLibrary library, Warehouse warehouse) {
        MeasureLibrary withFile = library.withDefinitionFiles(List.of(file));
        MeasureDefinition measure = withFile.measures().get(withFile.measures().size() - 1);
        requireSound(withFile, List.of(measure), warehouse);
        return measure;
    }

    /** Checks a definition file and copies it into the data directory's measures folder. */
    public static MeasureDefinition add(Path file, DataDirectory data, Warehouse warehouse) {
        MeasureDefinition measure = check(file, load(data, warehouse), warehouse);
        try {
            Files.createDirectories(data.measuresFolder());
            Files.copy(file, data.measuresFolder().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + file + " into " + data.measuresFolder(), e);
        }
        return measure;
    }

    private static void requireSound(MeasureLibrary library, List<MeasureDefinition> measures, Warehouse warehouse) {
        List<String> problems = new ArrayList<>();
        MeasureRunner runner = new MeasureRunner(warehouse, library);
        for (MeasureDefinition measure : measures) {
            problems.addAll(runner.problemsWith(measure));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeasureDefinition(problems);
        }
    }
}
