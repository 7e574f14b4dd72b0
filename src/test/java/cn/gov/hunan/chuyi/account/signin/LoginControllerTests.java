package cn.gov.hunan.chuyi.account.signin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.gov.hunan.chuyi.support.ControllerSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in page, as far as a slice can see it: open to visitors, and without the demo's shared password when
 * the demo is off. Signing in itself (the form post, lockouts, the second step) is proved by the ITs on a database.
 */
@ControllerSlice(LoginController.class)
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageIsOpenToVisitors() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/login"))
                .andExpect(model().attribute("demo", false))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theSignInPostNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "province_admin").param("password", "x"))
                .andExpect(status().isForbidden());
    }
}
