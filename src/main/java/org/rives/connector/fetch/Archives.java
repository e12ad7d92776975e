package org.rives.connector.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.rives.connector.ConnectorDefinition.Remote.Archive;

/**
 * Takes the data file out of a downloaded archive, streaming it to a new file: the one zip member whose name
 * matches the connector's pattern (the World Bank's {@code API_*.csv} beside its metadata files), or a gzip's
 * content. The bytes' own signature decides how they are opened, the declared type only that they may be
 * compressed: Eurostat gzips a synchronous answer but may zip, or not compress, the same data delivered
 * asynchronously; a body that is neither is taken as it is (and its reader judges it). An archive that
 * inflates beyond the size limit, or beyond {@code maxRatio} times its own size, is refused as a possible
 * archive bomb: the bytes written are counted, whatever the archive declares.
 */
final class Archives {

    /** The archive was refused; the message says why. */
    static final class ArchiveException extends IOException {
        ArchiveException(String message) {
            super(message);
        }
    }

    /** The file taken out, and the name the archive gives it. */
    record Extracted(Path file, String name, long bytes) {
    }

    private Archives() {
    }

    /** The data file, or null when the body is not compressed at all. */
    static Extracted extract(Path archive, Archive spec, long maxBytes, int maxRatio, Path workDir) throws IOException {
        long limit = Math.min(maxBytes, Math.max(1, Files.size(archive)) * maxRatio);
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(archive)) {
            in.readNBytes(magic, 0, 4);
        }
        if ((magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return gunzip(archive, limit, workDir);
        }
        if (magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return unzip(archive, spec.member(), limit, workDir);
        }
        return null;
    }

    private static Extracted unzip(Path archive, String member, long limit, Path workDir) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = choose(zip, member);
            if (entry.getSize() > limit) {
                throw bomb(entry.getName(), limit);
            }
            Path out = Files.createTempFile(workDir, "member-", ".part");
            try (InputStream in = zip.getInputStream(entry)) {
                return new Extracted(out, simpleName(entry.getName()), copy(in, out, limit, entry.getName()));
            } catch (IOException e) {
                Files.deleteIfExists(out);
                throw e;
            }
        } catch (ZipException e) {
            throw new ArchiveException("not a readable zip archive: " + e.getMessage());
        }
    }

    /** The one member whose name matches {@code member} in full (any member when the archive holds one). */
    private static ZipEntry choose(ZipFile zip, String member) throws ArchiveException {
        Pattern pattern = member == null ? null : Pattern.compile(member);
        List<ZipEntry> files = new ArrayList<>();
        List<ZipEntry> matching = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory()) {
                files.add(entry);
                if (pattern == null || pattern.matcher(simpleName(entry.getName())).matches()) {
                    matching.add(entry);
                }
            }
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String names = String.join(", ", files.stream().map(ZipEntry::getName).toList());
        throw new ArchiveException(matching.isEmpty()
                ? "no member of the zip matches \"" + member + "\" (members: " + names + ")"
                : matching.size() + " members of the zip match " + (member == null ? "(no remote.archive.member given)"
                        : "\"" + member + "\"") + "; expected exactly one (members: " + names + ")");
    }

    private static Extracted gunzip(Path archive, long limit, Path workDir) throws IOException {
        String name = GzipName.of(archive);
        Path out = Files.createTempFile(workDir, "gunzip-", ".part");
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), 65536)) {
            return new Extracted(out, name, copy(in, out, limit, name == null ? "the gzip content" : name));
        } catch (ZipException e) {
            Files.deleteIfExists(out);
            throw new ArchiveException("not a readable gzip file: " + e.getMessage());
        } catch (IOException e) {
            Files.deleteIfExists(out);
            throw e;
        }
    }

    private static long copy(InputStream in, Path out, long limit, String what) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        try (OutputStream os = Files.newOutputStream(out)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw bomb(what, limit);
                }
                os.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static ArchiveException bomb(String what, long limit) {
        return new ArchiveException(what + " inflates beyond " + limit + " bytes (the size limit, or "
                + "rives.fetch.max-ratio times the archive); refused as a possible archive bomb");
    }

    private static String simpleName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }
}
