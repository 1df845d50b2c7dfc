import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Run by the product build (java PrepareWorkbenchJars.java PLUGINS_FOLDER) on the materialised workbench product,
 * for its time to first window (docs/workbench.md):
 * <ul>
 * <li>every jar in the folder is rewritten with its entries stored, not deflated, same entries in the same order and
 * the same bytes: the workbench reads about 5 000 classes from them at start, and inflating them was a tenth of the
 * CPU time before the first paint;</li>
 * <li>the OSGi framework and the launcher lose their signature files (META-INF/*.SF and the signature blocks). The
 * JDK loads both through its own class loaders, which check every class of a signed jar against the signature (a
 * SHA-256 digest per class, an RSA check per jar), and its AOT cache leaves out classes of signed jars. Equinox never
 * checks the signatures of the other bundles (signed-content support is off), so theirs are kept, unused as before.</li>
 * </ul>
 * The product's p2 metadata still records the original jars' checksums; nothing reads them at run time (the product
 * is not updated through p2).
 */
public final class PrepareWorkbenchJars {

    /** The jars the JDK itself loads classes from, by file name. */
    private static final Pattern LOADED_BY_THE_JDK = Pattern.compile("org\\.eclipse\\.(osgi|equinox\\.launcher)_.*\\.jar");

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: java PrepareWorkbenchJars.java PLUGINS_FOLDER");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        if (jars.stream().noneMatch(j -> LOADED_BY_THE_JDK.matcher(j.getFileName().toString()).matches())) {
            throw new IllegalStateException("no OSGi framework jar in " + args[0] + ": not a product's plugins folder");
        }
        for (Path jar : jars) {
            rewrite(jar, LOADED_BY_THE_JDK.matcher(jar.getFileName().toString()).matches());
        }
        System.out.println("PrepareWorkbenchJars: " + jars.size() + " jars stored uncompressed in " + args[0]);
    }

    private static void rewrite(Path jar, boolean dropSignature) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewriting");
        FileTime modified = Files.getLastModifiedTime(jar);
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : in.stream().toList()) {
                if (dropSignature && SIGNATURE_FILE.matcher(entry.getName()).matches()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream content = in.getInputStream(entry)) {
                    bytes = content.readAllBytes();
                }
                // a stored entry needs its size and CRC before its data
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                stored.setCrc(crc.getValue());
                stored.setTime(entry.getTime());
                if (entry.getExtra() != null) {
                    stored.setExtra(entry.getExtra());
                }
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        // Equinox compares a bundle's last-modified time with its persisted state; keep the product's
        Files.setLastModifiedTime(jar, modified);
    }
}
