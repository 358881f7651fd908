package org.crmpolicy.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

class CalendarWarningsTest {

    /** A logger that keeps what it is asked to log at WARN, formatted. */
    static final class Captured extends LegacyAbstractLogger {
        final List<String> warnings = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable t) {
            assertThat(level).isEqualTo(Level.WARN);
            warnings.add(MessageFormatter.basicArrayFormat(pattern, args));
        }

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isErrorEnabled() { return true; }
    }

    @Test
    void outsideARunEachYearIsReportedOnItsFirstUse() {
        Captured log = new Captured();
        CalendarWarnings w = new CalendarWarnings(log);
        w.firstUse(2027);
        w.firstUse(2017);
        assertThat(log.warnings).hasSize(2);
        assertThat(log.warnings.get(0)).contains("no statutory holiday data for 2027:").contains("statutoryDays");
        assertThat(log.warnings.get(1)).contains("no statutory holiday data for 2017:");
    }

    @Test
    void withinARunTheYearsAreReportedOnceWhenItEndsSortedInOneLine() {
        Captured log = new Captured();
        CalendarWarnings w = new CalendarWarnings(log);
        try (var run = w.deferred()) {
            w.firstUse(2019);
            w.firstUse(2027);
            w.firstUse(2017);
            assertThat(log.warnings).as("nothing interleaves with the run's own output").isEmpty();
        }
        assertThat(log.warnings).singleElement().asString()
                .contains("no statutory holiday data for 2017, 2019, 2027:")
                .contains("every deadline touching these years is marked provisional");
    }

    @Test
    void overlappingRunsReportWhenTheLastOneEnds() {
        Captured log = new Captured();
        CalendarWarnings w = new CalendarWarnings(log);
        var first = w.deferred();
        var second = w.deferred();
        w.firstUse(2030);
        first.close();
        assertThat(log.warnings).isEmpty();
        w.firstUse(2029);
        second.close();
        assertThat(log.warnings).singleElement().asString().contains("for 2029, 2030:");
    }

    @Test
    void afterTheTenthYearThePolicyFallsSilentAndSaysSoOnce() {
        Captured log = new Captured();
        CalendarWarnings w = new CalendarWarnings(log);
        try (var run = w.deferred()) {
            for (int y = 2030; y < 2045; y++) {
                w.firstUse(y);
            }
        }
        w.firstUse(2050);
        assertThat(log.warnings).hasSize(2);
        assertThat(log.warnings.get(0)).contains("for 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039:");
        assertThat(log.warnings.get(1)).contains("10 years without statutory holiday data reported");
    }

    @Test
    void theNinthAndTenthYearStillWarnTheEleventhDoesNot() {
        Captured log = new Captured();
        CalendarWarnings w = new CalendarWarnings(log);
        for (int y = 1; y <= 10; y++) {
            w.firstUse(2030 + y);
        }
        assertThat(log.warnings).hasSize(10);
        w.firstUse(2099);
        assertThat(log.warnings).hasSize(11);
        assertThat(log.warnings.get(10)).doesNotContain("2099").contains("further such years");
    }
}
