package org.longarm.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage when no keyring module is installed. Equinox ships no password
 * provider of its own (the platform ones, e.g. the Linux Secret Service fragment, and the prompting one of
 * {@code org.eclipse.equinox.security.ui} are separate bundles the workbench does not include), so without one every
 * encrypted value fails with "No secure storage modules found" and a server password could not be stored at all.
 * This provider's master password is a random 256-bit key in a file next to the storage file, readable and writable
 * by its owner only: the password in the storage is encrypted, and reading it takes the user's own file permissions,
 * as for the embedded database's generated password. Its priority is low, so a keyring module installed later
 * is preferred for new storage.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    /** The key file of a storage file: {@code secure_storage} → {@code secure_storage.longarm-key}. */
    public static Path keyFileOf(Path storage) {
        return storage.resolveSibling(storage.getFileName() + ".longarm-key");
    }

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path keyFile = keyFileOf(Path.of(container.getLocation().toURI()));
            if (!Files.exists(keyFile)) {
                if ((passwordType & CREATE_NEW_PASSWORD) == 0) {
                    // the storage was encrypted with a key that is gone: a new one would not decrypt it
                    Log.error("the key of the secure storage is missing: " + keyFile
                            + "; forget the stored credentials in the preferences and enter them again", null);
                    return null;
                }
                create(keyFile);
            }
            return new PBEKeySpec(Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            Log.error("cannot read or create the key of the secure storage", e);
            return null; // Equinox then refuses the operation with a StorageException the caller reports
        }
    }

    /** Writes a new random key, owner-only from the start (never readable by others, not even briefly). */
    private static void create(Path keyFile) throws IOException {
        Files.createDirectories(keyFile.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path temporary = Files.createTempFile(keyFile.getParent(), ".longarm-key", ".tmp",
                PosixFilePermissions.asFileAttribute(ownerOnly));
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            // a hard link appears atomically and never replaces: of two workbenches creating the key at once, the
            // first one's key stays and both read it
            Files.createLink(keyFile, temporary);
        } catch (FileAlreadyExistsException e) {
            // another process won the race; its key is used
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
