package vn.bantin.data;

/** A read its asker gave up before it finished (letters typed on, another province chosen): no answer, no error. */
public final class ReadAbandonedException extends RuntimeException {
    public ReadAbandonedException() {
        super("the read was given up by its asker", null, false, false);
    }
}
