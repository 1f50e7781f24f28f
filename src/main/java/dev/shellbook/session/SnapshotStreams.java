package dev.shellbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Java serialization of a session's variables, widened to the objects a lesson holds (runs in the execution JVM).
 *
 * <p>Serializable objects are written as they are. Objects of the project's and the libraries' classes that are
 * not {@link Serializable} (models, histories, Tablesaw tables) are written field by field as a {@link Fields}
 * form, and so are objects of classes declared in the session, which are named by their simple name because
 * their generated class names differ from one session to the next. A lambda cannot be written: it becomes a
 * {@link Hole}, and the variable holding it is rebuilt by running its code again instead.
 */
final class SnapshotStreams {

    private SnapshotStreams() {
    }

    /** A file path (the JDK's paths are not serializable), as its text. */
    record PathForm(String path) implements Serializable {
    }

    /** An {@link java.util.Optional} (not serializable either). */
    record OptionalForm(Object value) implements Serializable {
    }

    /** {@code System.out} or {@code System.err} (what {@code System.out.printf(…)} returns, kept as {@code $n}). */
    record StandardStream(boolean err) implements Serializable {
    }

    /** A lambda or method reference left out of the snapshot. */
    record Hole() implements Serializable {
    }

    /**
     * An object written field by field.
     *
     * @param type its class name, or its simple name when {@code session} (a class declared in the session)
     * @param values its instance fields by "declaring class simple name.field", superclasses included
     */
    record Fields(String type, boolean session, Map<String, Object> values) implements Serializable {
    }

    /** Writes a graph; {@link #holes} is set when a lambda was met (the caller decides what it means). */
    static final class Out extends ObjectOutputStream {
        private final Set<String> types = new TreeSet<>();
        private boolean refuseHoles;
        private boolean holes;

        Out(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        /** When {@code true}, meeting a {@link Hole} fails the write (a restored value must have none). */
        void refuseHoles(boolean refuse) {
            refuseHoles = refuse;
        }

        /** The simple names of the session's classes met so far. */
        Set<String> sessionTypes() {
            return types;
        }

        /** {@code true} (and reset) when a lambda was met since the last call. */
        boolean takeHoles() {
            boolean was = holes;
            holes = false;
            return was;
        }

        @Override
        protected Object replaceObject(Object obj) throws IOException {
            Class<?> c = obj.getClass();
            if (obj instanceof Hole && refuseHoles) {
                throw new IOException("a variable still holds a lambda that was not rebuilt");
            }
            if (c.isSynthetic() && c.getName().contains("$$Lambda")) {
                holes = true;
                return new Hole();
            }
            if (obj instanceof java.nio.file.Path p) {
                return new PathForm(p.toString());
            }
            if (obj == System.out || obj == System.err) {
                return new StandardStream(obj == System.err);
            }
            if (obj instanceof java.util.Optional<?> o) {
                return new OptionalForm(o.orElse(null));
            }
            if (declaredInSession(c)) {
                types.add(simpleName(c));
                return fields(obj, true);
            }
            if (!(obj instanceof Serializable) && c.getClassLoader() != null && !c.isArray()) {
                return fields(obj, false);
            }
            return obj;
        }
    }

    /** Reads a graph written by {@link Out}; session classes are looked up by simple name in {@code types}. */
    static final class In extends ObjectInputStream {
        private final Function<String, Class<?>> types;
        private final ClassLoader loader;

        In(InputStream in, ClassLoader loader, Function<String, Class<?>> types) throws IOException {
            super(in);
            this.types = types;
            this.loader = loader;
            enableResolveObject(true);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                return super.resolveClass(desc);
            }
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            if (obj instanceof PathForm p) {
                return java.nio.file.Path.of(p.path());
            }
            if (obj instanceof StandardStream s) {
                return s.err() ? System.err : System.out;
            }
            if (obj instanceof OptionalForm o) {
                return java.util.Optional.ofNullable(o.value());
            }
            if (obj instanceof Fields f) {
                try {
                    return build(f, f.session() ? types.apply(f.type()) : Class.forName(f.type(), false, loader));
                } catch (ReflectiveOperationException | RuntimeException | IOException e) {
                    throw new IOException("cannot rebuild a " + f.type() + ": " + e, e);
                }
            }
            return obj;
        }
    }

    /** {@code true} for a class JShell generated for a declaration in the session. */
    static boolean declaredInSession(Class<?> c) {
        return c.getName().startsWith("REPL.$JShell$");
    }

    private static Fields fields(Object obj, boolean session) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> c = obj.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : instanceFields(c)) {
                try {
                    values.put(c.getSimpleName() + "." + f.getName(), f.get(obj));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IOException("cannot read " + c.getName() + "." + f.getName(), e);
                }
            }
        }
        return new Fields(session ? simpleName(obj.getClass()) : obj.getClass().getName(), session, values);
    }

    private static Object build(Fields f, Class<?> type) throws ReflectiveOperationException, IOException {
        if (type.isRecord()) {
            RecordComponent[] parts = type.getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] kinds = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = f.values().get(type.getSimpleName() + "." + parts[i].getName());
                kinds[i] = parts[i].getType();
            }
            Constructor<?> canonical = type.getDeclaredConstructor(kinds);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        }
        Object made = blank(type);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : instanceFields(c)) {
                field.set(made, f.values().get(c.getSimpleName() + "." + field.getName()));
            }
        }
        return made;
    }

    /** An instance made without running any of its constructors, as deserialization makes one. */
    @SuppressWarnings("removal")
    private static Object blank(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> none = sun.reflect.ReflectionFactory.getReflectionFactory()
                .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
        return none.newInstance();
    }

    private static List<Field> instanceFields(Class<?> c) throws IOException {
        List<Field> found = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                } catch (RuntimeException closed) {
                    throw new IOException("cannot open " + c.getName() + "." + f.getName(), closed);
                }
                found.add(f);
            }
        }
        return found;
    }

    private static String simpleName(Class<?> c) {
        String name = c.getName();
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
