package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BreadcrumbTitleTest {
    @Test
    void aLastCrumbThatReadsAsATitleIsOne() {
        assertEquals("新任大使林小平向中外媒体发表讲话",
                BreadcrumbTitle.lastCrumb("您所在的位置:网站首页 双语阅读 新任大使林小平向中外媒体发表讲话(双语全文)").orElseThrow().zh().text());
        assertEquals("Remarks at the Opening of the Harbour Festival",
                BreadcrumbTitle.lastCrumb("You are here: Home > Speeches > Remarks at the Opening of the Harbour Festival").orElseThrow().en().text());
    }

    @Test
    void aSectionsNameIsNoTitle() {
        assertTrue(BreadcrumbTitle.lastCrumb("当前位置：首页 > 双语新闻").isEmpty());
        assertTrue(BreadcrumbTitle.lastCrumb("Home > News > World").isEmpty());
    }
}
