package vn.bantin.i18n;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a person reads, in the language chosen (decision 0012): {@code messages.properties} (English) and
 * {@code messages_vi.properties}, formatted by {@link MessageFormat} in that language, so that a count chooses its
 * plural ("{0,choice,1#1 article|1<{0,number,integer} articles}") and a number its separators. Dates, numbers and
 * the order of names follow the language too. One language at a time for the whole program: the window and the
 * command line both ask here.
 */
public final class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "i18n.messages";

    private static volatile Locale locale = ENGLISH;
    private static volatile ResourceBundle bundle = load(ENGLISH);
    /** Each thread's parsed patterns (a MessageFormat is not to be shared), for the language they were made in. */
    private static final ThreadLocal<Formats> FORMATS = ThreadLocal.withInitial(Formats::new);
    private static volatile DateTimeFormatter dateTimeFormat = dateTimeFormat(ENGLISH);

    private static final class Formats {
        private Locale locale;
        private final java.util.Map<String, MessageFormat> byKey = new java.util.HashMap<>();
    }

    private Texts() {
    }

    /** The language a setting names: "vi" or "en"; anything else (unset, "system") follows the system's. */
    public static Locale fromSetting(String setting) {
        if ("vi".equalsIgnoreCase(setting)) {
            return VIETNAMESE;
        }
        if ("en".equalsIgnoreCase(setting)) {
            return ENGLISH;
        }
        return "vi".equals(Locale.getDefault().getLanguage()) ? VIETNAMESE : ENGLISH;
    }

    /** From now on, every text, date and number in this language (Vietnamese, or English for any other). */
    public static void use(Locale l) {
        Locale chosen = "vi".equals(l.getLanguage()) ? VIETNAMESE : ENGLISH;
        bundle = load(chosen);
        dateTimeFormat = dateTimeFormat(chosen);
        locale = chosen;
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean vietnamese() {
        return locale == VIETNAMESE;
    }

    /** "en" or "vi", as the setting and {@code --lang} write it. */
    public static String code() {
        return locale.getLanguage();
    }

    /** The text under {@code key}, its {0}, {1}… filled with {@code args}. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug the bundle test catches; the reader still sees something to act on
            return key;
        }
        Formats f = FORMATS.get();
        if (f.locale != locale) {
            f.byKey.clear();
            f.locale = locale;
        }
        // parsing a pattern costs more than formatting it: a list's row or a map's 63 shades ask the same keys again
        MessageFormat m = f.byKey.get(key);
        if (m == null) {
            m = new MessageFormat(pattern, locale);
            f.byKey.put(key, m);
        }
        return m.format(args);
    }

    /** Whether the bundle has {@code key} (for texts built from a name, such as a menu's). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** 12,345 or 12.345. */
    public static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** "Mar 11, 2025, 1:30 PM" or "11 thg 3, 2025, 13:30", in this computer's time zone. */
    public static String dateTime(Instant when) {
        return dateTimeFormat.format(when.atZone(ZoneId.systemDefault()));
    }

    private static DateTimeFormatter dateTimeFormat(Locale l) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l);
    }

    /** "Mar 11, 2025" or "11 thg 3, 2025". */
    public static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** "11 March 2025" or "11 tháng 3, 2025": the reading view's heading. */
    public static String longDateTime(Instant when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(when.atZone(ZoneId.systemDefault()));
    }

    /** Names in this language's order: in Vietnamese, "Đà Nẵng" after "Cà Mau" and before "Gia Lai", đ after d. */
    public static Collator collator() {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.SECONDARY);
        return c;
    }

    private static ResourceBundle load(Locale l) {
        // the English file is the root: no fallback to the system's language when English is asked for
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
