package org.crmpolicy.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of the compliance report: a title and blocks (text, tables, charts), independent of the output
 * format. A {@link ComplianceSource} builds it; {@link ComplianceReportPage} renders it.
 *
 * @param id     stable HTML id, e.g. {@code tiers}
 * @param title  heading
 * @param blocks content, in order
 */
public record ReportSection(String id, String title, List<Block> blocks) {

    public ReportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A piece of section content. */
    public sealed interface Block permits Text, Table, Chart {
    }

    /** A paragraph of plain text (escaped when rendered). */
    public record Text(String text) implements Block {
    }

    /**
     * A table. Cells of {@code countColumns} are numbers and carry a {@code data-count="table|row|column"}
     * attribute, so a test (or a scraper) can read them from the rendered page.
     *
     * @param id           HTML id of the table
     * @param caption      caption
     * @param header       column names
     * @param rows         rows; each row's cells match the header
     * @param countColumns indexes of the columns holding counts
     */
    public record Table(String id, String caption, List<String> header, List<Row> rows, List<Integer> countColumns)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            countColumns = List.copyOf(countColumns);
        }
    }

    /**
     * A table row.
     *
     * @param key   stable key of the row (a tier, a rule ID), used in {@code data-count}
     * @param cells cell texts
     * @param css   CSS class of the row, e.g. {@code overdue}; may be empty
     */
    public record Row(String key, List<String> cells, String css) {
        public Row {
            cells = List.copyOf(cells);
            css = css == null ? "" : css;
        }

        /** A row without a CSS class. */
        public static Row of(String key, List<String> cells) {
            return new Row(key, cells, "");
        }
    }

    /**
     * A horizontal stacked bar chart, rendered as inline SVG.
     *
     * @param caption caption
     * @param series  names of the stacked parts (e.g. severities), with their colours
     * @param colours one CSS colour per series
     * @param bars    one bar per label: the values of each series
     */
    public record Chart(String caption, List<String> series, List<String> colours, List<Bar> bars) implements Block {
        public Chart {
            series = List.copyOf(series);
            colours = List.copyOf(colours);
            bars = List.copyOf(bars);
            if (series.size() != colours.size()) {
                throw new IllegalArgumentException("a chart needs one colour per series: " + series.size()
                        + " series, " + colours.size() + " colours");
            }
        }
    }

    /** One bar: a label and one value per series. */
    public record Bar(String label, List<Long> values) {
        public Bar {
            values = List.copyOf(values);
        }

        /** The sum of the bar's values. */
        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }
}
