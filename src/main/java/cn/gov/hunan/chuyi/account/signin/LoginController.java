package cn.gov.hunan.chuyi.account.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;
    private final String demoPassword;

    LoginController(
            @Value("${chuyi.demo.enabled:false}") boolean demo, @Value("${chuyi.demo.password:}") String demoPassword) {
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("demoPassword", demoPassword);
        return "account/login";
    }
}
