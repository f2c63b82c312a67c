package org.gvclab.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.gvclab.web.security.CurrentUser;
import org.gvclab.web.security.UserAccount;
import org.gvclab.web.security.UserLocale;

/**
 * The frame around every signed-in view: application name, language switch, the user's name and sign-out in the
 * header; the side navigation lists the views (annotated with {@code @Menu}) the user may open. Menu titles are
 * translation keys.
 */
@Layout
@AnonymousAllowed
@StyleSheet("context://styles/layout.css")
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, UserLocale userLocale, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.name"));
        appName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        // the names give way (shortened with an ellipsis, hidden on a phone: layout.css) so that the language and
        // sign-out stay in view
        shrinkable(appName);
        appName.addClassName("header-name-narrow-hidden");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), appName);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        Span spacer = new Span();
        header.addAndExpand(spacer);
        header.add(new LanguageSelect(userLocale));
        currentUser.account().map(UserAccount::displayName).ifPresent(name -> {
            Span user = new Span(name);
            user.setId("current-user");
            shrinkable(user);
            user.addClassName("header-name-narrow-hidden");
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.getStyle().set("flex-shrink", "0");
            header.add(user, logout);
        });
        addToNavbar(header);
        addToDrawer(new Scroller(navigation()));
    }

    private static void shrinkable(Span text) {
        text.getStyle().set("min-width", "0").set("flex-shrink", "1").set("overflow", "hidden")
                .set("text-overflow", "ellipsis").set("white-space", "nowrap");
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
