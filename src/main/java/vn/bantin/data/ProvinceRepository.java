package vn.bantin.data;

import java.util.List;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

public interface ProvinceRepository {
    List<Province> provinces();

    List<Unit2025> units();
}
