package vn.bantin.app.bench;

import java.util.List;
import java.util.Random;
import vn.bantin.domain.Province;

/** The benchmark's generated pages, for tests in other packages that need many realistic ones. */
public final class BenchPages {
    private BenchPages() {
    }

    public static String page(int n, Random rnd, List<Province> provinces) {
        return BenchCorpus.page(n, rnd, provinces, BenchCorpus.weights(provinces));
    }
}
