package vn.bantin.ui;

/** Opens a web address in the reader's browser; throws, with the reason, when there is none to open it. */
@FunctionalInterface
public interface Browser {
    void open(String url) throws Exception;
}
