/**
 * The pure domain model of crm-policy. Exports every domain package but {@code org.crmpolicy.internal} (argument
 * checks shared by the packages). Needs only the JDK at run time: the jakarta.validation constraints are annotations,
 * read by a validator when the host (or crm-rules) runs one. The requirement is {@code static transitive}: a module
 * that reads this one also reads jakarta.validation at compile time (the annotations are part of the exported records),
 * and nothing is needed at run time.
 *
 * <p>The exported packages are also open: Hibernate Validator reads the constraint annotations of the records'
 * private fields reflectively, and Drools (on the class path, in the unnamed module) reads the records' accessors.
 */
module org.crmpolicy.domain {
    requires static transitive jakarta.validation;

    exports org.crmpolicy.approval;
    exports org.crmpolicy.calendar;
    exports org.crmpolicy.complaint;
    exports org.crmpolicy.contact;
    exports org.crmpolicy.customer;
    exports org.crmpolicy.deadline;
    exports org.crmpolicy.finding;
    exports org.crmpolicy.information;
    exports org.crmpolicy.metric;
    exports org.crmpolicy.money;
    exports org.crmpolicy.obligation;

    opens org.crmpolicy.approval;
    opens org.crmpolicy.calendar;
    opens org.crmpolicy.complaint;
    opens org.crmpolicy.contact;
    opens org.crmpolicy.customer;
    opens org.crmpolicy.deadline;
    opens org.crmpolicy.finding;
    opens org.crmpolicy.information;
    opens org.crmpolicy.metric;
    opens org.crmpolicy.money;
    opens org.crmpolicy.obligation;
}
