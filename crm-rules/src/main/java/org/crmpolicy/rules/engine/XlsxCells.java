package org.crmpolicy.rules.engine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of the first sheet of an {@code .xlsx} decision table, read by Drools' {@code drools-decisiontables}
 * (Apache POI). Loaded only when that optional dependency is on the class path ({@link DecisionTables#read}).
 */
final class XlsxCells {

    private XlsxCells() {
    }

    static DecisionTables.Sheet read(Path file) {
        String name = file.getFileName().toString();
        Collector collector = new Collector();
        try (InputStream in = Files.newInputStream(file)) {
            new ExcelParser(collector).parseFile(in);
        } catch (Exception | LinkageError e) {
            return new DecisionTables.Sheet(name, null, List.of(), List.of(new RuleProblem(name, 0, 0,
                    "cannot read the spreadsheet (an .xlsx workbook saved by Excel or LibreOffice is expected): "
                            + e.getClass().getSimpleName())));
        }
        collector.finishRow();
        String sheet = collector.sheet != null ? collector.sheet : firstSheetName(file);
        return new DecisionTables.Sheet(name, sheet, List.copyOf(collector.lines), List.of());
    }

    /** The name of the first sheet, when the parser did not say it. */
    private static String firstSheetName(Path file) {
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            return workbook.getNumberOfSheets() == 0 ? "Sheet1" : workbook.getSheetName(0);
        } catch (Exception e) {
            return "Sheet1";
        }
    }

    /** Collects the cells the parser reports (0-based) as 1-based rows and columns. */
    private static final class Collector implements DataListener {

        private final List<DecisionTables.Line> lines = new ArrayList<>();
        private String sheet;
        private int row = -1;
        private Map<Integer, String> cells = new TreeMap<>();

        @Override
        public void startSheet(String name) {
            if (sheet == null) {
                sheet = name;
            }
        }

        @Override
        public void finishSheet() {
            finishRow();
        }

        @Override
        public void newRow(int rowNumber, int columns) {
            finishRow();
            row = rowNumber;
        }

        @Override
        public void newCell(int rowNumber, int column, String value, int mergedColStart) {
            if (rowNumber != row) {
                finishRow();
                row = rowNumber;
            }
            if (value != null && !value.isEmpty()) {
                cells.put(column + 1, value);
            }
        }

        void finishRow() {
            if (row >= 0 && !cells.isEmpty()) {
                lines.add(new DecisionTables.Line(row + 1, Map.copyOf(cells)));
            }
            cells = new TreeMap<>();
        }
    }
}
