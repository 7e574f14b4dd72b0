package cn.gov.hunan.chuyi.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the portal's web layer adds to a controller slice ({@code support.ControllerSlice}) beyond what the slice
 * picks up itself (controller advice, filters, MVC configurers): the error pages the malformed-request filter renders,
 * the pager links the list templates call ({@code @pageLinks}) and the flash-map manager of the real application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ErrorPages.class, PageLinks.class, StaticResources.class})
public class WebSlice {}
