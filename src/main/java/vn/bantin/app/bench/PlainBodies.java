package vn.bantin.app.bench;

import java.nio.file.Path;

/**
 * {@code java -cp … vn.bantin.app.bench.PlainBodies FILE SIDE}: a file's bodies as text for bench/peers.sh's sqlite3
 * floor ({@link vn.bantin.data.sqlite.PlainBodies}). Written before the floor's clock starts, so the floor reads
 * text where it used to inflate it: the comparison leans its way, not Bantin's.
 */
public final class PlainBodies {
    private PlainBodies() {
    }

    public static void main(String[] args) {
        vn.bantin.data.sqlite.PlainBodies.write(Path.of(args[0]), Path.of(args[1]));
    }
}
