package org.crmpolicy.examples.report;

import java.util.List;
import java.util.Locale;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;

/** Renders a {@link Chart} as inline SVG: no script, no external resource, readable offline and in print. */
final class Svg {

    private static final int BAR_AREA = 460;
    private static final int ROW = 26;

    private Svg() {
    }

    static String render(Chart chart) {
        List<Bar> bars = chart.bars();
        long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        int labelWidth = labelWidth(bars);
        int height = 30 + bars.size() * ROW + 24;
        int width = labelWidth + BAR_AREA + 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(Html.escape(chart.caption())).append("\">");
        svg.append("<title>").append(Html.escape(chart.caption())).append("</title>");
        int legendX = labelWidth;
        for (int s = 0; s < chart.series().size(); s++) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(Html.escape(chart.colours().get(s))).append("\"/>");
            svg.append("<text x=\"").append(legendX + 16).append("\" y=\"16\" class=\"legend\">")
                    .append(Html.escape(chart.series().get(s))).append("</text>");
            legendX += 24 + 8 * chart.series().get(s).length();
        }
        int y = 30;
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
            double x = labelWidth;
            for (int s = 0; s < bar.values().size(); s++) {
                long v = bar.values().get(s);
                if (v == 0) {
                    continue;
                }
                double w = BAR_AREA * (double) v / max;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(fmt(Math.max(w, 1))).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                        .append(Html.escape(chart.colours().get(s))).append("\"><title>")
                        .append(Html.escape(bar.label() + " " + chart.series().get(s) + ": " + v)).append("</title></rect>");
                x += w;
            }
            svg.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 16).append("\">")
                    .append(bar.total()).append("</text>");
            y += ROW;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Wide enough for the longest label at 12 px (CJK characters about 12 px, others about 7 px), never clipped. */
    static int labelWidth(List<Bar> bars) {
        int widest = 0;
        for (Bar bar : bars) {
            int w = 0;
            for (int i = 0; i < bar.label().length(); i++) {
                w += Character.UnicodeScript.of(bar.label().charAt(i)) == Character.UnicodeScript.HAN ? 13 : 7;
            }
            widest = Math.max(widest, w);
        }
        return Math.max(80, widest + 20);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
