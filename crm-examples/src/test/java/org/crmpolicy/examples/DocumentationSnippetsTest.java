package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that run (issue 19): every {@code ```java} block of the README and of {@code docs/*.md} is compiled against the
 * three modules and executed, so a snippet a reader pastes compiles and does what it says (its assertions, when it
 * makes any, hold).
 *
 * <p>A block is the body of a method. Its own {@code import} lines are kept; every exported crm-policy package and
 * {@code java.time}, {@code java.util}, {@code java.math}, {@code java.nio.file} and {@code javax.sql} are imported
 * for it. Variables a block uses without declaring them (the reader's own data: "the instant the inquiry arrived")
 * are declared in an HTML comment right before the fence, invisible on the rendered page:
 * <pre>{@code
 * <!-- given: Instant received = Instant.parse("2025-11-24T02:00:00Z"); -->
 * }</pre>
 * A block that needs what a build does not have (a PostgreSQL server) is marked {@code <!-- compile only: why -->}
 * and compiled, not run.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SOURCE_ROOTS = List.of("crm-domain/src/main/java", "crm-rules/src/main/java",
            "crm-examples/src/main/java");

    @TempDir
    static Path classes;

    record Snippet(Path file, int line, int number, String given, boolean compileOnly, List<String> imports, String body) {
        String label() {
            return ROOT.relativize(file) + " #" + number + " (line " + line + ")";
        }

        String className() {
            return "Snippet_" + file.getFileName().toString().replaceAll("\\W", "_") + "_" + number;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetOfTheReadmeAndTheDocsCompilesAndRuns() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path f : files) {
            snippets.addAll(snippets(f));
        }
        assertThat(snippets).as("java snippets found").hasSizeGreaterThan(10);
        String imports = defaultImports();
        return snippets.stream().map(s -> DynamicTest.dynamicTest(s.label(), () -> compileAndRun(s, imports)));
    }

    /** The {@code ```java} blocks of one markdown file with the {@code <!-- given: ... -->} comment before each. */
    static List<Snippet> snippets(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            String above = commentsAbove(lines, i);
            java.util.regex.Matcher m = GIVEN.matcher(above);
            String given = m.find() ? m.group(1) : "";
            boolean compileOnly = above.contains("<!-- compile only:");
            List<String> imports = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            int start = i + 1;
            int j = start;
            for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                String line = lines.get(j);
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append(line).append('\n');
                }
            }
            found.add(new Snippet(markdown, start, found.size() + 1, given, compileOnly, imports, body.toString()));
            i = j;
        }
        return found;
    }

    /** The HTML comments right above a fence (up to the blank line before them). */
    private static String commentsAbove(List<String> lines, int fence) {
        int begin = fence;
        while (begin > 0 && !lines.get(begin - 1).isBlank() && !lines.get(begin - 1).strip().startsWith("```")) {
            begin--;
        }
        return String.join("\n", lines.subList(begin, fence));
    }

    private static final java.util.regex.Pattern GIVEN = java.util.regex.Pattern.compile("<!-- given:(.*?)-->",
            java.util.regex.Pattern.DOTALL);

    /** {@code import p.*;} for every package with a main source file of the three modules but the internal ones. */
    private static String defaultImports() throws IOException {
        TreeSet<String> packages = new TreeSet<>(List.of("java.math", "java.nio.file", "java.time", "java.util", "javax.sql"));
        for (String root : SOURCE_ROOTS) {
            Path base = ROOT.resolve(root);
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")
                                && !p.endsWith("package-info.java"))
                        .map(p -> base.relativize(p.getParent()).toString().replace('/', '.'))
                        .filter(p -> !p.endsWith(".internal"))
                        .forEach(packages::add);
            }
        }
        StringBuilder b = new StringBuilder();
        packages.forEach(p -> b.append("import ").append(p).append(".*;\n"));
        // java.time.Period and java.util.* clash with nothing the docs use but these two
        b.append("import org.crmpolicy.obligation.Period;\nimport java.util.List;\n");
        return b.toString();
    }

    private static void compileAndRun(Snippet s, String defaultImports) throws Exception {
        String source = defaultImports + String.join("\n", s.imports()) + "\n"
                + "public class " + s.className() + " {\n"
                + "    public static void run() throws Exception {\n"
                + s.given() + "\n"
                + s.body()
                + "    }\n}\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavaFileObject unit = new SimpleJavaFileObject(java.net.URI.create("string:///" + s.className() + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean ok = javac.getTask(diagnostics, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none",
                            "-Xlint:none", "-nowarn"),
                    null, List.of(unit)).call();
            assertThat(ok).as("%s compiles:%n%s%nsource:%n%s", s.label(), diagnostics, numbered(source)).isTrue();
        }
        if (s.compileOnly()) {
            return; // marked <!-- compile only: why --> (it needs a server the build does not have)
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DocumentationSnippetsTest.class.getClassLoader())) {
            try {
                loader.loadClass(s.className()).getMethod("run").invoke(null);
            } catch (InvocationTargetException e) {
                throw new AssertionError(s.label() + " throws when run: " + e.getCause(), e.getCause());
            }
        }
    }

    private static String numbered(String source) {
        String[] lines = source.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("import ")) {
                b.append(String.format("%4d  %s%n", i + 1, lines[i]));
            }
        }
        return b.toString();
    }
}
