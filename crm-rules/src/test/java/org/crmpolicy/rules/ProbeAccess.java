package org.crmpolicy.rules;

/** Test access to the reload smoke test's probe evaluation, to run it on a policy built with odd parameters. */
public final class ProbeAccess {

    private ProbeAccess() {
    }

    public static void run(CrmPolicy policy) {
        policy.probe();
    }
}
