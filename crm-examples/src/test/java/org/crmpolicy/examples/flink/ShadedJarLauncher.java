package org.crmpolicy.examples.flink;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.client.ClientUtils;
import org.apache.flink.client.deployment.executors.LocalExecutor;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.DefaultExecutorServiceLoader;

/**
 * What {@code flink run} does with a job jar, on an embedded cluster: runs the jar's main class in a child-first user
 * code class loader and submits its job with the jar as the job's only user code. Started by {@link ShadedJobJarIT} in
 * a JVM whose class path holds Flink but neither crm-policy nor Drools, so the job can only run from what the shaded jar
 * carries. Arguments: {@code jobJar programArgument...}.
 */
public final class ShadedJarLauncher {

    private ShadedJarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        for (String absent : List.of("org.crmpolicy.rules.CrmPolicy", "org.drools.core.impl.InternalRuleBase",
                "org.kie.api.KieServices")) {
            try {
                Class.forName(absent);
                throw new IllegalStateException(absent + " is on the launcher's class path: the test would prove nothing");
            } catch (ClassNotFoundException expected) {
                // only the job jar has it
            }
        }
        File jar = new File(args[0]);
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, LocalExecutor.NAME);
        conf.set(DeploymentOptions.ATTACHED, true);
        conf.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "child-first");
        conf.set(PipelineOptions.JARS, List.of(jar.toURI().toURL().toString()));
        PackagedProgram program = PackagedProgram.newBuilder().setJarFile(jar).setConfiguration(conf)
                .setArguments(Arrays.copyOfRange(args, 1, args.length)).build();
        ClientUtils.executeProgram(new DefaultExecutorServiceLoader(), conf, program, false, false);
    }
}
