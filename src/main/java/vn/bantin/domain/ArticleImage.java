package vn.bantin.domain;

/** A picture of an article as stored for reading offline: its bytes, never a remote address to fetch. */
public record ArticleImage(String url, String mime, byte[] bytes, String caption) {
    public ArticleImage {
        bytes = bytes.clone();
    }
}
