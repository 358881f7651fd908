package org.crmpolicy.examples.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.NotCounted;
import org.crmpolicy.obligation.ObligationStatus;

/**
 * How the job writes its results, one a line, tab-separated: a finding (rule ID, subject, severity, responsible, due,
 * evidence as sorted {@code name=value} pairs, message) and a company-wide status (status key, state, the ids of the
 * contacts counted, not counted with the reason, recorded late, what is still needed, due). Contacts appear by id only:
 * no person and no personal data is written. Tabs and line breaks inside a value become spaces.
 */
public final class OutputLines {

    private OutputLines() {
    }

    public static String finding(Finding f) {
        StringBuilder evidence = new StringBuilder();
        new TreeMap<>(f.evidence()).forEach((k, v) -> {
            if (!evidence.isEmpty()) {
                evidence.append("; ");
            }
            evidence.append(k).append('=').append(v);
        });
        return String.join("\t", f.ruleId().value(), clean(f.subjectId()), f.severity().name(), clean(f.responsible()),
                String.valueOf(f.due()), clean(evidence.toString()), clean(f.message()));
    }

    public static String status(ObligationStatus s) {
        List<String> notCounted = new ArrayList<>(s.notCounted().size());
        for (NotCounted n : s.notCounted()) {
            notCounted.add(n.contact().id() + ":" + n.reason());
        }
        return String.join("\t", clean(s.key()), s.state().name(), ids(s.counted()), String.join(",", notCounted),
                ids(s.lateRecorded()), clean(s.stillNeeded()), String.valueOf(s.due()));
    }

    private static String ids(List<Contact> contacts) {
        List<String> ids = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            ids.add(c.id());
        }
        return String.join(",", ids);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** For tests: every line of {@code lines} sorted, as the job's file order is not defined. */
    public static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }

}
