package vn.bantin.ingest;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files an import reads: regular files only (a FIFO would wait forever for a writer, a device never
 * ends), each read no further than the page limit. A folder named on the command line is followed even when
 * it is a link; inside it, links are followed only while they stay inside, and a loop is named, not walked.
 */
public final class InputFiles {
    /** One file to read, or one entry passed over and why. */
    record Entry(Path path, String skipped) {
    }

    private InputFiles() {
    }

    /** Files and folders (searched recursively, hidden files skipped), in a stable order; skipped entries named. */
    static List<Entry> expand(List<Path> inputs) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                walk(p.toRealPath(), p, out);
            } else {
                out.add(new Entry(p, null));
            }
        }
        return out;
    }

    private static void walk(Path root, Path given, List<Entry> out) throws IOException {
        List<Entry> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.toRealPath().startsWith(root)) {
                    found.add(new Entry(shown(dir), t("reason.linkFolderOutside", given)));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    found.add(new Entry(shown(file), kind(attrs) + "; skipped"));
                } else if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                    found.add(new Entry(shown(file), t("reason.linkFileOutside", given)));
                } else {
                    found.add(new Entry(shown(file), null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                found.add(new Entry(shown(file), e instanceof FileSystemLoopException
                        ? t("reason.linkLoop") : t("reason.unreadable", e.getMessage())));
                return FileVisitResult.CONTINUE;
            }

            /** The path as the reader gave it, not as links resolve it. */
            private Path shown(Path p) {
                return given.resolve(root.relativize(p).toString());
            }
        });
        found.sort(java.util.Comparator.comparing(e -> e.path().toString()));
        out.addAll(found);
    }

    private static String kind(BasicFileAttributes attrs) {
        return attrs.isDirectory() ? t("reason.folder") : t("reason.special");
    }

    /** The bytes of a regular file, refused without opening it otherwise; the limit holds while reading. */
    public static byte[] read(Path f, long limit) throws RejectedInputException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw new RejectedInputException(attrs.isDirectory() ? t("reason.folder") : t("reason.specialSkipped"));
            }
            if (attrs.size() > limit) {
                throw new RejectedInputException(t("reason.tooLargeSize", attrs.size() / 1024, limit / 1024 / 1024));
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    throw new RejectedInputException(t("reason.tooLargeGrew", limit / 1024 / 1024));
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new RejectedInputException(t("reason.unreadable", e.getMessage()));
        }
    }
}
