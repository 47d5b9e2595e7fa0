package com.vinereports.grid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Values to and from the grid's bytes, by Java serialisation, read back with the app's own class loader (the
 * grid's threads do not know the app's classes). A value that no longer reads (another version of the app wrote
 * it during a rolling update) is treated as absent.
 */
public final class GridValues {

    private GridValues() {
    }

    public static byte[] write(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException failure) {
            throw new UncheckedIOException("Not serialisable for the grid: " + value.getClass().getName(), failure);
        }
        return bytes.toByteArray();
    }

    public static <T> Optional<T> read(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new AppObjectInput(new ByteArrayInputStream(bytes))) {
            Object value = in.readObject();
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IOException | ClassNotFoundException unreadable) {
            return Optional.empty();
        }
    }

    private static final class AppObjectInput extends ObjectInputStream {
        AppObjectInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, GridValues.class.getClassLoader());
            } catch (ClassNotFoundException notTheApps) {
                return super.resolveClass(description);
            }
        }
    }
}
