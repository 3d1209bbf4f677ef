package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void followsEachSystemsConvention() {
        assertThat(AppPaths.dataDir("Linux", Map.of(), "/home/lan", null)).isEqualTo(Path.of("/home/lan/.local/share/bantin"));
        assertThat(AppPaths.dataDir("Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/lan", null)).isEqualTo(Path.of("/x/bantin"));
        assertThat(AppPaths.dataDir("Mac OS X", Map.of(), "/Users/lan", null))
                .isEqualTo(Path.of("/Users/lan/Library/Application Support/Bantin"));
        assertThat(AppPaths.dataDir("Windows 11", Map.of("APPDATA", "C:\\Users\\lan\\AppData\\Roaming"), "C:\\Users\\lan", null))
                .isEqualTo(Path.of("C:\\Users\\lan\\AppData\\Roaming", "Bantin"));
        assertThat(AppPaths.dataDir("Linux", Map.of(), "/home/lan", "/tmp/b")).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void theShellsHomeWinsOverThePasswordFilesOnLinuxAndMac() {
        assertThat(AppPaths.dataDir("Linux", Map.of("HOME", "/tmp/x"), "/root", null)).isEqualTo(Path.of("/tmp/x/.local/share/bantin"));
        assertThat(AppPaths.dataDir("Mac OS X", Map.of("HOME", "/tmp/y"), "/Users/lan", null))
                .isEqualTo(Path.of("/tmp/y/Library/Application Support/Bantin"));
        assertThat(AppPaths.dataDir("Linux", Map.of("HOME", "/tmp/x", "XDG_DATA_HOME", "/data"), "/root", null))
                .isEqualTo(Path.of("/data/bantin"));
        assertThat(AppPaths.dataDir("Windows 11", Map.of("HOME", "/c/msys", "APPDATA", "C:\\Users\\lan\\AppData\\Roaming"),
                "C:\\Users\\lan", null)).isEqualTo(Path.of("C:\\Users\\lan\\AppData\\Roaming", "Bantin"));
    }
}
