package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R20.1 Everything a session holds can be written to the data grid and read on another server: every session- and
 * view-scoped bean is serializable, and so is every value its fields can hold (entities, records, collections of
 * them), through every field that is not transient; an injected field is not transient, since nothing injects it
 * again on the server that reads the session back (the container serializes the injected reference itself). A value
 * declared as {@code Object} (a message's arguments) is known only when it runs: the cluster's failover test
 * ({@code src/test/cluster/run.sh}) carries such sessions over.
 */
class SessionStateTest {

    private static final Path CLASSES = classes();

    /**
     * Types the container injects as an instance of its own, not as a proxy it can serialize: Soteria's {@code
     * SecurityContext} holds resolvers that are not serializable (the server's log said "Cannot serialize session
     * attribute" of the bean that held it).
     */
    private static final Set<Class<?>> UNWRITABLE = Set.of(SecurityContext.class);

    @Test
    void r20_1_everySessionAndViewScopedBeanIsSerializableThroughAndThrough() {
        var beans = scopedBeans();
        assertThat(beans).as("the session- and view-scoped beans found").hasSizeGreaterThan(20);
        var problems = new TreeSet<String>();
        for (var bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
            for (var field : fields(bean)) {
                if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers())) {
                    problems.add(bean.getSimpleName() + "." + field.getName()
                            + ": injected and transient, so null on the server that reads the session back");
                }
                if (field.isAnnotationPresent(Inject.class) && UNWRITABLE.contains(field.getType())) {
                    problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getType().getName()
                            + " is injected as an instance a session cannot be written with");
                }
            }
        }
        assertThat(problems).as("what a session cannot carry to another server").isEmpty();
    }

    private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (var argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (raw.isPrimitive() || raw.isEnum() || raw == Object.class) {
            return;
        }
        if (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not serializable");
            return;
        }
        if (raw.getName().startsWith("org.laureate.")) {
            for (var field : fields(raw)) {
                if (!field.isAnnotationPresent(Inject.class)
                        && field.getDeclaringClass().getName().startsWith("org.laureate.")) {
                    check(field.getGenericType(), path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    /**
     * The fields that serialization writes: neither static nor transient, the superclasses' too (a library's
     * serializable superclass answers for its own fields).
     */
    private static List<Field> fields(Class<?> type) {
        var fields = new ArrayList<Field>();
        for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && (!Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> scopedBeans() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(CLASSES::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(SessionScoped.class)
                            || type.isAnnotationPresent(ViewScoped.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path classes() {
        try {
            return Path.of(Config.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
