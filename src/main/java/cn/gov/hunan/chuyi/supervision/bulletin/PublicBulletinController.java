package cn.gov.hunan.chuyi.supervision.bulletin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The issued bulletins, open to everyone ({@link BulletinPages}): the 通报 is the published 督导公报 of the procedure,
 * addressed to the cities and the public, so it names what it names in the open. Each page is the document itself,
 * laid out to print on A4.
 */
@Controller
@RequestMapping("/supervision/bulletins")
class PublicBulletinController {

    private final BulletinService bulletins;

    PublicBulletinController(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("bulletins", bulletins.issued());
        return "supervision/bulletin/list";
    }

    @GetMapping("/{year}")
    String show(@PathVariable int year, Model model) {
        model.addAttribute("bulletin", bulletins.bulletin(year));
        return "supervision/bulletin/document";
    }
}
