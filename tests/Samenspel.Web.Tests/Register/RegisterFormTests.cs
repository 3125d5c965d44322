using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Register;

public abstract class RegisterFormTests(SamenspelFactory factory)
{
    [Theory]
    [InlineData("", "oma@example.nl", "OtherCarer", "", "Vul de naam in.")]
    [InlineData("Oma Jansen", "geen-email", "OtherCarer", "", "Dit is geen geldig e-mailadres.")]
    [InlineData("Oma Jansen", "oma@example.nl", "", "", "Kies de positie.")]
    [InlineData("Oma Jansen", "oma@example.nl", "Guardian", "", "Vul in sinds wanneer deze ouder gezag heeft.")]
    [InlineData("Oma Jansen", "oma@example.nl", "Guardian", "2030-01-01", "Deze datum ligt in de toekomst.")]
    [InlineData("Oma Jansen", "oma@example.nl", "Guardian", "1990-01-01", "Deze datum ligt vóór de geboorte van de jongere.")]
    public async Task Invalid_carer_shows_a_Dutch_message_and_keeps_what_was_typed(string name, string email, string position, string since, string message)
    {
        var youthId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var before = await factory.WithDbAsync(db => db.CarerLinks.CountAsync());
        var response = await mentor.PostFormAsync($"/Register/AddCarer?youthId={youthId}", new()
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Position"] = position,
            ["Input.AuthoritySince"] = since, ["Input.Phone"] = "06 12345678", ["Input.CourtAppointed"] = "false",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        if (name.Length > 0) Assert.Contains($"value=\"{name}\"", page);
        Assert.Contains($"value=\"{email}\"", page);
        Assert.Contains("value=\"06 12345678\"", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.CarerLinks.CountAsync()));
    }

    [Fact]
    public async Task Carer_already_known_in_the_organisation_is_linked_not_duplicated()
    {
        var samId = await factory.YouthAsync("Sam");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await mentor.PostFormAsync($"/Register/AddCarer?youthId={samId}", new()
        {
            ["Input.Name"] = "Ingrid Peters", ["Input.Email"] = DemoSeed.Email.NoorsMother, ["Input.Position"] = "FosterParent",
            ["Input.CourtAppointed"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Carers.CountAsync(c => c.Email == DemoSeed.Email.NoorsMother)));
        var family = await (await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother)).GetPageAsync("/Family");
        Assert.Contains("Sam Jansen", family);
        Assert.Contains("Noor Peters", family);
    }

    [Fact]
    public async Task Network_contact_with_bad_phone_is_refused_in_Dutch()
    {
        var youthId = await factory.YouthAsync("Noor");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var response = await mentor.PostFormAsync($"/Register/Contact?youthId={youthId}", new()
        {
            ["Input.Kind"] = "School", ["Input.Name"] = "Meester Bas", ["Input.Phone"] = "bel me maar",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dit is geen geldig telefoonnummer", page);
        Assert.Contains("value=\"Meester Bas\"", page);
    }

    [Fact]
    public async Task Network_contact_can_be_added_and_edited()
    {
        var youthId = await factory.YouthAsync("Daan");
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var added = await mentor.PostFormAsync($"/Register/Contact?youthId={youthId}", new()
        {
            ["Input.Kind"] = "Referrer", ["Input.Name"] = "Wijkteam Oost", ["Input.Email"] = "oost@example.nl",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contactId = await factory.WithDbAsync(db => db.NetworkContacts.Where(n => n.Name == "Wijkteam Oost").Select(n => n.Id).SingleAsync());
        var form = WebUtility.HtmlDecode(await mentor.GetPageAsync($"/Register/Contact?youthId={youthId}&contactId={contactId}"));
        Assert.Contains("value=\"oost@example.nl\"", form);
        var edited = await mentor.PostFormAsync($"/Register/Contact?youthId={youthId}&contactId={contactId}", new()
        {
            ["Input.Kind"] = "Referrer", ["Input.Name"] = "Wijkteam Oost-Zuid", ["Input.Phone"] = "010 1234567",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var file = WebUtility.HtmlDecode(await mentor.GetPageAsync($"/Youths/Details?id={youthId}"));
        Assert.Contains("Wijkteam Oost-Zuid", file);
        Assert.Contains("010 1234567", file);
        Assert.Equal(1, await factory.WithDbAsync(db => db.NetworkContacts.CountAsync(n => n.YouthId == youthId && n.Name.StartsWith("Wijkteam Oost"))));
    }

    [Fact]
    public async Task Changing_the_mentor_keeps_the_trajectory_and_gives_the_new_mentor_the_file()
    {
        var youthId = await factory.YouthAsync("Lotte");
        var lead = await factory.WithDbAsync(db => db.Staff.Where(s => s.Name == "Eva de Boer").Select(s => s.Id).SingleAsync());
        var oldMentor = await Browser.LoginAsync(factory, DemoSeed.Email.SouthMentor);
        var response = await oldMentor.PostFormAsync($"/Register/ChangeMentor?youthId={youthId}", new() { ["Input.MentorId"] = lead.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var newMentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.Contains("Lotte Hendriks", await newMentor.GetPageAsync("/Caseload"));
        Assert.Equal(HttpStatusCode.NotFound, (await oldMentor.GetAsync($"/Youths/Details?id={youthId}")).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Trajectories.CountAsync(t => t.YouthId == youthId)));
    }

    [Fact]
    public async Task Parent_cannot_open_the_register_forms()
    {
        var youthId = await factory.YouthAsync("Noor");
        var parent = await Browser.LoginAsync(factory, DemoSeed.Email.NoorsMother);
        var response = await parent.GetAsync($"/Register/AddCarer?youthId={youthId}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class RegisterFormTests_Sqlite(SqliteFactory f) : RegisterFormTests(f), IClassFixture<SqliteFactory>;
public sealed class RegisterFormTests_Postgres(PostgresFactory f) : RegisterFormTests(f), IClassFixture<PostgresFactory>;
