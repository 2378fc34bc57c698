package com.respondo.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.compiler.STException;
import org.stringtemplate.v4.compiler.STLexer;
import org.stringtemplate.v4.misc.ErrorType;
import org.stringtemplate.v4.misc.STMessage;

/**
 * One parsed prompt file: the variables its leading comment declares and its system and user sections, each with
 * the variables it uses. Parsing checks the format and compiles each section once, so rendering only has to fill in
 * values.
 *
 * @param location where the file was read from, for error messages
 * @param declared the variables listed after {@code Variáveis:} in the leading comment
 * @param system the system section
 * @param user the user section
 * @param version the first 12 hex digits of the SHA-256 of the file's text: which wording of the prompt answered
 */
record PromptFile(String location, Set<String> declared, Section system, Section user, String version) {

    private static final Pattern COMMENT = Pattern.compile("\\A\\s*\\{!(.*?)!}", Pattern.DOTALL);

    private static final Pattern VARIABLES = Pattern.compile("Vari[áa]veis\\s*:(.*)\\z", Pattern.DOTALL);

    private static final Pattern HEADER = Pattern.compile("^[ \\t]*===[ \\t]*(\\w+)[ \\t]*===[ \\t]*$",
            Pattern.MULTILINE);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One section of a prompt: its template text, the variables it uses and the template compiled.
     * @param name {@code system} or {@code user}
     * @param template the ST template text ({@code {variable}} syntax)
     * @param variables the variables the template references
     * @param compiled the template compiled once; never rendered itself, only copied ({@link #render})
     */
    record Section(String name, String template, Set<String> variables, ST compiled) {

        /**
         * The section with these values, rendered by StringTemplate as Spring AI's {@code StTemplateRenderer} does
         * (values are never evaluated), on a copy of the compiled template: an {@link ST} holds its values, so each
         * call gets its own, and compiling the text again for every call is what this saves.
         */
        String render(Map<String, Object> values) {
            ST st = new ST(this.compiled);
            values.forEach(st::add);
            return st.render();
        }
    }

    static PromptFile parse(String location, String text) {
        Matcher comment = COMMENT.matcher(text.replace("\uFEFF", ""));
        if (!comment.find()) {
            throw error(location, "must start with a {! ... Variáveis: a, b !} comment");
        }
        Set<String> declared = declaredVariables(location, comment.group(1));
        String body = text.replace("\uFEFF", "").substring(comment.end());
        List<Section> sections = sections(location, body);
        PromptFile file = new PromptFile(location, declared, sections.get(0), sections.get(1), version(text));
        file.checkDeclared();
        return file;
    }

    /** The first 12 hex digits of the SHA-256 of the text, as a version that changes whenever a word does. */
    static String version(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    private static Set<String> declaredVariables(String location, String comment) {
        Matcher matcher = VARIABLES.matcher(comment);
        if (!matcher.find()) {
            throw error(location, "its leading comment must list the variables after 'Variáveis:'");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : matcher.group(1).split("[,\\s]+")) {
            String name = candidate.strip().replaceAll("[.;]+$", "");
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    private static List<Section> sections(String location, String body) {
        Matcher header = HEADER.matcher(body);
        List<String> names = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        while (header.find()) {
            names.add(header.group(1));
            bounds.add(new int[] { header.start(), header.end() });
        }
        if (!names.equals(List.of("system", "user"))) {
            throw error(location, "must have exactly a '=== system ===' section followed by a '=== user ===' section");
        }
        if (!body.substring(0, bounds.get(0)[0]).isBlank()) {
            throw error(location, "has text between its leading comment and '=== system ==='");
        }
        String system = body.substring(bounds.get(0)[1], bounds.get(1)[0]);
        String user = body.substring(bounds.get(1)[1]);
        return List.of(section(location, "system", system), section(location, "user", user));
    }

    private static Section section(String location, String name, String raw) {
        String template = raw.strip();
        if (template.isEmpty()) {
            throw error(location, "has an empty " + name + " section");
        }
        ST compiled = compile(location, name, template);
        return new Section(name, template, variablesOf(compiled), compiled);
    }

    /**
     * Compiles the section once with ST, reporting syntax errors; rendering errors of the compiled template are then
     * logged, as Spring AI's renderer logs them.
     */
    private static ST compile(String location, String section, String template) {
        List<String> problems = new ArrayList<>();
        STGroup group = new STGroup('{', '}');
        group.setListener(new CollectingListener(problems));
        ST st;
        try {
            st = new ST(group, template);
        }
        catch (STException ex) {
            st = null;
        }
        if (st == null || st.impl == null || !problems.isEmpty()) {
            throw error(location, "has an invalid template in its " + section + " section: " + String.join("; ", problems));
        }
        group.setListener(new LoggingListener());
        return st;
    }

    /** The names the compiled section references. */
    private static Set<String> variablesOf(ST st) {
        TokenStream tokens = st.impl.tokens;
        Set<String> names = new LinkedHashSet<>();
        boolean inside = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == STLexer.LDELIM) {
                inside = true;
            }
            else if (token.getType() == STLexer.RDELIM) {
                inside = false;
            }
            else if (inside && token.getType() == STLexer.ID && !followedByCall(tokens, i)) {
                names.add(token.getText());
            }
        }
        return Set.copyOf(names);
    }

    private static boolean followedByCall(TokenStream tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index + 1).getType() == STLexer.LPAREN;
    }

    private void checkDeclared() {
        for (Section section : List.of(this.system, this.user)) {
            for (String variable : section.variables()) {
                if (!this.declared.contains(variable)) {
                    throw error(this.location, "uses variable '" + variable + "' in its " + section.name()
                            + " section, which its 'Variáveis:' comment does not declare (declared: "
                            + this.declared.stream().sorted().toList() + ")");
                }
            }
        }
    }

    static PromptTemplateException error(String location, String problem) {
        return new PromptTemplateException("Prompt file " + location + " " + problem);
    }

    /** Logs ST's rendering errors (a missing property is a warning) instead of printing them to the console. */
    private static final class LoggingListener implements STErrorListener {

        private static final Logger log = LoggerFactory.getLogger(PromptTemplates.class);

        @Override
        public void compileTimeError(STMessage msg) {
            log.error("{}", msg);
        }

        @Override
        public void runTimeError(STMessage msg) {
            if (msg.error == ErrorType.NO_SUCH_PROPERTY) {
                log.warn("{}", msg);
            }
            else {
                log.error("{}", msg);
            }
        }

        @Override
        public void IOError(STMessage msg) {
            log.error("{}", msg);
        }

        @Override
        public void internalError(STMessage msg) {
            log.error("{}", msg);
        }
    }

    /** Collects ST's compile errors instead of printing them to the console. */
    private record CollectingListener(List<String> problems) implements STErrorListener {

        @Override
        public void compileTimeError(STMessage msg) {
            this.problems.add(msg.toString());
        }

        @Override
        public void runTimeError(STMessage msg) {
            this.problems.add(msg.toString());
        }

        @Override
        public void IOError(STMessage msg) {
            this.problems.add(msg.toString());
        }

        @Override
        public void internalError(STMessage msg) {
            this.problems.add(msg.toString());
        }
    }
}
