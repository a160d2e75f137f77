package machlab.shell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Command results as JSON, for scripts: {@code --json} on a command, or {@code lab:json (COMMAND)} for any
 * command's result. A result is written as its data: a record's components, or what {@link JsonData#json()}
 * shapes it into when its components are objects a script cannot read (services, a machine). Jackson is
 * loaded on the first use only.
 */
public final class Json {

    private Json() {
    }

    /** A result that chooses what of it is written as JSON. */
    public interface JsonData {
        /** Records, lists, maps, strings and numbers: what a script reads. */
        Object json();
    }

    /** The printed JSON of a result. */
    public record Text(String json) implements Report {
        @Override
        public String render() {
            return json;
        }
    }

    /** {@code value} as pretty-printed JSON. */
    public static Text of(Object value) {
        try {
            return new Text(Mapper.INSTANCE.writeValueAsString(value instanceof JsonData d ? d.json() : value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Either the result or its JSON: what a command with a {@code --json} option returns. */
    public static Object orText(boolean json, Object result) {
        return json ? of(result) : result;
    }

    /** Built on first use: a lab that never prints JSON never loads Jackson. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(new SimpleModule("machlab")
                        .addSerializer(new OptionalAsValue())
                        .addSerializer(OptionalLong.class, new Plain<>(OptionalLong.class, (v, g) -> {
                            if (v.isPresent()) {
                                g.writeNumber(v.getAsLong());
                            } else {
                                g.writeNull();
                            }
                        }))
                        .addSerializer(OptionalInt.class, new Plain<>(OptionalInt.class, (v, g) -> {
                            if (v.isPresent()) {
                                g.writeNumber(v.getAsInt());
                            } else {
                                g.writeNull();
                            }
                        }))
                        .addSerializer(Path.class, new Plain<>(Path.class, (p, g) -> g.writeString(p.toString()))));
    }

    /** Writes a value with a lambda. */
    private interface Writer<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    private static final class Plain<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Writer<T> writer;

        Plain(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            writer.write(value, g);
        }
    }

    /** An Optional as its value or null (jackson-datatype-jdk8 does the same; one class is lighter). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OptionalAsValue extends StdSerializer<Optional> {
        private static final long serialVersionUID = 1L;

        OptionalAsValue() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), g);
            } else {
                g.writeNull();
            }
        }
    }
}
