package org.fivecmenus.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigNamesTest {

    @Test
    void anEnvironmentVariableBecomesThePropertyTheApplicationInjects() {
        assertThat(ConfigNames.propertyName("MENUS_WINDOW_PAST_DAYS")).isEqualTo("menus.window.past-days");
        assertThat(ConfigNames.propertyName("DB_URL")).isEqualTo("db.url");
        assertThat(ConfigNames.propertyName("SODEXO_API_KEY")).isEqualTo("sodexo.api.key");
        assertThat(ConfigNames.propertyName("VENDOR_FETCH_LOG_RETENTION")).isEqualTo("vendor.fetch-log.retention");
    }

    @Test
    void hallSourcesAreNamedByHall() {
        assertThat(ConfigNames.propertyName("HALL_FRARY_SOURCE")).isEqualTo("hall.frary.source");
        assertThat(ConfigNames.propertyName("HALL_HOCH_PAGE")).isEqualTo("hall.hoch.page");
    }

    @Test
    void aVariableTheApplicationDoesNotReadIsRefusedNotDropped() {
        assertThatThrownBy(() -> ConfigNames.propertyName("MENUS_NO_SUCH_SETTING"))
                .hasMessage("MENUS_NO_SUCH_SETTING is not a setting of the application");
        assertThat(ConfigNames.asProperties(Map.of("REDIS_URL", "redis://127.0.0.1:6379/12")))
                .containsEntry("redis.url", "redis://127.0.0.1:6379/12").hasSize(1);
    }
}
