package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void putsPartTenAfterPartNine() {
        List<String> names = new ArrayList<>(List.of("p10.txt", "p2.txt", "p1.txt", "p9.txt"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("p1.txt", "p2.txt", "p9.txt", "p10.txt"), names);
    }
}
