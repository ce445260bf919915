package org.stratum.app.web.measures;

import org.stratum.app.equity.StratumRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The table behind the chart as an Excel workbook (Apache POI): the CSV's columns and cells, with
 * counts and proportions as numbers and the marks as booleans, so a spreadsheet can compute with
 * them. A hidden value is an empty cell, as in the CSV.
 */
final class StratumTableXlsx {
    private StratumTableXlsx() {
    }

    static byte[] write(MeasureDetail detail) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("strata");
            write(sheet.createRow(0), List.copyOf(StratumTableColumns.HEADER));
            int index = 1;
            for (StratumRow row : detail.table().rows()) {
                write(sheet.createRow(index++), StratumTableColumns.cells(detail, row));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            Cell cell = row.createCell(column);
            if (value instanceof Long count) {
                cell.setCellValue(count);
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
