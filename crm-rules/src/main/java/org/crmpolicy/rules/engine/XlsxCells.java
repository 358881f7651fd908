package org.crmpolicy.rules.engine;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of every sheet of an {@code .xlsx} decision table, in workbook order, read by Drools'
 * {@code drools-decisiontables} (Apache POI). Loaded only when that optional dependency is on the class path
 * ({@link DecisionTables#read}).
 */
final class XlsxCells {

    private XlsxCells() {
    }

    static List<DecisionTables.Sheet> read(Path file) {
        String name = file.getFileName().toString();
        Map<String, Collector> collectors = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            Map<String, List<DataListener>> listeners = new LinkedHashMap<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheet = workbook.getSheetName(i);
                Collector c = new Collector(workbook.getSheetAt(i).getMergedRegions());
                collectors.put(sheet, c);
                listeners.put(sheet, List.of(c));
            }
            new ExcelParser(listeners).parseWorkbook(workbook);
        } catch (Exception | LinkageError e) {
            return List.of(new DecisionTables.Sheet(name, null, List.of(), List.of(new RuleProblem(name, 0, 0,
                    "cannot read the spreadsheet (an .xlsx workbook saved by Excel or LibreOffice is expected): "
                            + e.getClass().getSimpleName()))));
        }
        if (collectors.isEmpty()) {
            return List.of(new DecisionTables.Sheet(name, "Sheet1", List.of(), List.of()));
        }
        List<DecisionTables.Sheet> sheets = new ArrayList<>();
        collectors.forEach((sheet, c) -> {
            c.finishRow();
            sheets.add(new DecisionTables.Sheet(name, sheet, List.copyOf(c.lines), List.of()));
        });
        return sheets;
    }

    /**
     * Collects the cells the parser reports (0-based) as 1-based rows and columns. A merged cell is one cell, named by
     * its top-left corner: the parser repeats its value in every cell of the merged range, and only the top-left one is
     * kept, so a wrong value in a merged cell is one problem naming one cell, not one per cell of the range.
     */
    private static final class Collector implements DataListener {

        private final List<DecisionTables.Line> lines = new ArrayList<>();
        private final List<org.apache.poi.ss.util.CellRangeAddress> merged;
        private int row = -1;
        private Map<Integer, String> cells = new TreeMap<>();

        Collector(List<org.apache.poi.ss.util.CellRangeAddress> merged) {
            this.merged = merged;
        }

        private boolean isCoveredByAMergedCell(int rowNumber, int column) {
            for (org.apache.poi.ss.util.CellRangeAddress range : merged) {
                if (range.isInRange(rowNumber, column)
                        && (range.getFirstRow() != rowNumber || range.getFirstColumn() != column)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void startSheet(String name) {
            // one collector per sheet: the name is the key it was registered under
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
            if (value != null && !value.isEmpty() && !isCoveredByAMergedCell(rowNumber, column)) {
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
