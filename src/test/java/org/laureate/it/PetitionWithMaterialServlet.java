package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

/**
 * Test deployments only: a submitted petition with an uploaded PDF, in a cycle of its own ({@link CycleYears}), for
 * tests that run as clients. Answers the material's id. {@code GET /it/petition-with-material}
 */
@WebServlet("/it/petition-with-material")
public class PetitionWithMaterialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionSeeds petitions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var year = CycleYears.next();
        var cycle = petitions.cycle(year);
        var during = LocalDate.of(year - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var organisation = petitions.organisation("Саюз " + marker, Country.BY, "org-" + marker);
        var petition = petitions.submitted(cycle.getId(), organisation.getId(), "Канцэрт " + marker, ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true, during);
        response.setContentType("text/plain");
        response.getWriter().print(petition.getMaterials().get(0).getId());
    }
}
