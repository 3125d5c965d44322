using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Access;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.EvaluationsAndAgreements;
using Samenspel.Web.Tests.Infrastructure;
using static Samenspel.Web.Tests.Messages.MessagesTestKit;

namespace Samenspel.Web.Tests.Messages;

/// <summary>Messages, threads bound to the team role, read status, "heeft antwoord nodig", attachments, mail, and bad
/// input, through the pages and the real SMTP server, on SQLite and PostgreSQL. Each test builds the family it writes
/// to (<see cref="Families"/>, <see cref="YouthBuilder"/>).</summary>
public abstract class MessagesTests(SamenspelFactory factory, SmtpServer smtp)
{
    [Fact]
    public async Task The_family_writes_in_its_own_thread_and_not_through_the_teams_view()
    {
        var family = await factory.NoorAsync();
        var (noorId, father) = (family.YouthId, family.Father.Id);
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        var submission = Guid.NewGuid();

        var sent = await mother.WriteAsync($"/Messages?youthId={noorId}", "Aan de vader van Noor?", to: father.ToString(), submission: submission,
            formPage: $"/Messages/Thread?youthId={noorId}");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/Messages/Thread?youthId={noorId}", sent.Headers.Location?.OriginalString);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.Id == submission)));
    }

    [Fact]
    public async Task Team_and_carer_share_one_thread_with_read_status_and_a_double_submit_stores_one_message()
    {
        var family = await factory.NoorAsync();
        var (noorId, ingrid) = (family.YouthId, family.Mother.Id);
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        await mother.GetPageAsync($"/Messages/Thread?youthId={noorId}"); // her thread, still empty
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var submission = Guid.NewGuid();
        for (var i = 0; i < 2; i++)
        {
            var sent = await eva.WriteAsync($"/Messages?youthId={noorId}", "Hoe ging het weekend met Noor?", to: ingrid.ToString(), submission: submission);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal($"/Messages/Thread?youthId={noorId}&with={ingrid}&sent=true", sent.Headers.Location?.OriginalString);
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.Id == submission)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.YouthId == noorId && e.EventType == "Messages" && e.Action == AuditAction.Create && e.ObjectId == submission.ToString())));
        Assert.Contains("Nog niet gelezen", await eva.PageTextAsync($"/Messages/Thread?youthId={noorId}&with={ingrid}"));

        Assert.Contains("1 nieuw", await mother.PageTextAsync("/Family"));
        var thread = await mother.PageTextAsync($"/Messages/Thread?youthId={noorId}");
        Assert.Contains("Hoe ging het weekend met Noor?", thread);
        Assert.Contains("Eva de Boer, namens het team", thread);
        Assert.DoesNotContain("1 nieuw", await mother.PageTextAsync("/Family"));
        Assert.Contains("Gelezen door Ingrid Peters", await eva.PageTextAsync($"/Messages/Thread?youthId={noorId}&with={ingrid}"));

        Assert.Equal(HttpStatusCode.Redirect, (await mother.WriteAsync($"/Messages/Thread?youthId={noorId}", "Goed! Kunnen we bellen over school?", needsAnswer: true)).StatusCode);
        var evaView = await eva.PageTextAsync($"/Messages?youthId={noorId}");
        Assert.Contains("wacht op antwoord", evaView);
        Assert.Contains("1 nieuw", evaView);

        // Each family member has their own thread: the father and Noor see nothing of the mother's.
        var father = await Browser.LoginAsync(factory, family.Father.Email);
        var fathers = await father.PageTextAsync($"/Messages/Thread?youthId={noorId}");
        Assert.DoesNotContain("weekend", fathers);
        Assert.DoesNotContain("bellen over school", fathers);
        var noor = await Browser.LoginAsync(factory, family.YouthEmail);
        Assert.DoesNotContain("weekend", await noor.PageTextAsync($"/Messages/Thread?youthId={noorId}"));
        // A carer cannot open another member's thread by naming it.
        Assert.DoesNotContain("weekend", await father.PageTextAsync($"/Messages/Thread?youthId={noorId}&with={ingrid}"));
    }

    public static TheoryData<string, string, string, int, string> BadInput => new()
    {
        // to, text, file name, file kind (0 none, 1 too large pdf, 2 text named .pdf, 3 exe named .png), message
        { "ingrid", "", "", 0, "Schrijf eerst een bericht." },
        { "ingrid", "   ", "", 0, "Schrijf eerst een bericht." },
        { "ingrid", new string('x', 4001), "", 0, "Het bericht is te lang (maximaal 4000 tekens)." },
        { "", "Bericht zonder ontvanger", "", 0, "Kies aan wie u schrijft." },
        { "unknown", "Bericht aan iemand die er niet is", "", 0, "Kies iemand uit de lijst." },
        { "ingrid", "Met een te grote bijlage", "rapport.pdf", 1, "Het bestand is te groot. Het mag hoogstens 5 MB zijn. Kies een kleiner bestand." },
        { "ingrid", "Met een tekstbestand als pdf", "brief.pdf", 2, "Dit soort bestand kan niet mee. Kies een PDF, JPG of PNG." },
        { "ingrid", "Met een programma als png", "foto.png", 3, "Dit soort bestand kan niet mee. Kies een PDF, JPG of PNG." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_Dutch_message_next_to_the_field_and_keeps_what_was_typed(string to, string text, string fileName, int fileKind, string message)
    {
        var family = await factory.NoorAsync();
        var (noorId, ingrid) = (family.YouthId, family.Mother.Id);
        byte[]? bytes = fileKind switch
        {
            1 => [.. Pdf, .. new byte[Samenspel.Web.Data.Message.MaxAttachmentBytes]],
            2 => "Dit is gewoon tekst, geen PDF."u8.ToArray(),
            3 => [0x4D, 0x5A, 0x90, 0x00, 0x03],
            _ => null,
        };
        var before = await factory.WithDbAsync(db => db.Messages.CountAsync());
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var recipient = to switch { "ingrid" => ingrid.ToString(), "unknown" => Guid.NewGuid().ToString(), _ => "" };
        var response = await eva.WriteAsync($"/Messages?youthId={noorId}", text, to: recipient, file: bytes is null ? null : (fileName, bytes));
        var page = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("utrecht-form-field--invalid", page);
        Assert.Contains($">{text}</textarea>", page);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Messages.CountAsync()));
    }

    [Fact]
    public async Task A_parent_without_authority_or_shielded_by_a_16_plus_youth_cannot_be_written_to()
    {
        var family = await factory.DaanAsync();
        var (daanId, kees) = (family.YouthId, family.Father.Id);
        await factory.ShieldAsync(daanId, kees, DataCategory.Messages);
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var form = await eva.PageTextAsync($"/Messages?youthId={daanId}");
        Assert.DoesNotContain("Kees de Groot", form);
        var response = await eva.WriteAsync($"/Messages?youthId={daanId}", "Beste Kees, hoe gaat het?", to: kees.ToString());
        Assert.Contains("Kies iemand uit de lijst.", await response.TextAsync());
        Assert.False(await factory.WithDbAsync(db => db.MessageThreads.AnyAsync(t => t.MemberId == kees)));
    }

    [Fact]
    public async Task An_attachment_is_checked_by_content_stored_and_downloaded_only_by_the_thread()
    {
        var family = await factory.NoorAsync();
        var (noorId, ingrid) = (family.YouthId, family.Mother.Id);
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        var submission = Guid.NewGuid();
        // The name says PDF, the bytes say PNG: the bytes decide.
        Assert.Equal(HttpStatusCode.Redirect, (await mother.WriteAsync($"/Messages/Thread?youthId={noorId}", "Hier is de brief van school.",
            submission: submission, file: ("brief van school.pdf", Png))).StatusCode);
        var message = await factory.WithDbAsync(db => db.Messages.AsNoTracking().SingleAsync(m => m.Id == submission));
        Assert.Equal("image/png", message.AttachmentType);
        Assert.Equal(Png.Length, message.AttachmentSize);

        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        // Issue 11: the name takes the extension of the type the bytes show.
        Assert.Contains("Bijlage: brief van school.png", await eva.PageTextAsync($"/Messages/Thread?youthId={noorId}&with={ingrid}"));
        var download = await eva.GetAsync($"/Messages/Attachment?youthId={noorId}&id={submission}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());

        var father = await Browser.LoginAsync(factory, family.Father.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await father.GetAsync($"/Messages/Attachment?youthId={noorId}&id={submission}")).StatusCode);
        var lead = await Browser.LoginAsync(factory, DemoSeed.Email.TeamLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/Messages/Attachment?youthId={noorId}&id={submission}")).StatusCode);
    }

    [Fact]
    public async Task The_mail_about_a_new_message_says_where_it_comes_from_links_to_the_thread_and_holds_no_content()
    {
        var family = await factory.NoorAsync();
        var (noorId, ingrid) = (family.YouthId, family.Mother.Id);
        await factory.SendMailAsync(); // the mail queue is the fixture's: send what earlier tests left
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        const string Secret = "Noor had vandaag een moeilijk gesprek over thuis.";
        await eva.WriteAsync($"/Messages?youthId={noorId}", Secret, to: ingrid.ToString());
        var before = smtp.MailTo(family.Mother.Email).Count;
        Assert.Equal(1, await factory.SendMailAsync());
        Assert.Equal(0, await factory.SendMailAsync());
        var mail = Assert.Single(smtp.MailTo(family.Mother.Email).Skip(before));
        Assert.Equal("Nieuw bericht van het team van Noor", mail.Subject);
        Assert.Contains("Deze e-mail komt van Jeugdhulp De Brug (demo), via Samenspel.", mail.TextBody);
        Assert.Equal("Jeugdhulp De Brug (demo)", mail.From.Mailboxes.Single().Name);
        Assert.Contains($"/Messages/Thread?youthId={noorId}", mail.TextBody);
        Assert.DoesNotContain("moeilijk gesprek", mail.TextBody);
        Assert.DoesNotContain("token", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        // The link keeps working: it asks for a sign-in, and after it shows the thread, however often it is used.
        var link = mail.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http"));
        var path = new Uri(link).PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.Anonymous(factory).GetAsync(path)).StatusCode);
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        Assert.Contains(Secret, await mother.PageTextAsync(path));
        Assert.Contains(Secret, await mother.PageTextAsync(path));

        // The family's answer goes to the current mentor.
        await mother.WriteAsync($"/Messages/Thread?youthId={noorId}", "Dank voor het bericht.");
        var toMentor = smtp.MailTo(DemoSeed.Email.Mentor).Count;
        Assert.Equal(1, await factory.SendMailAsync());
        var mentorMail = Assert.Single(smtp.MailTo(DemoSeed.Email.Mentor).Skip(toMentor));
        Assert.Equal("Nieuw bericht van Ingrid Peters over Noor", mentorMail.Subject);
        Assert.Contains($"/Messages/Thread?youthId={noorId}&with={ingrid}", mentorMail.TextBody);
        Assert.DoesNotContain("Dank voor het bericht", mentorMail.TextBody);
    }

    [Fact]
    public async Task Several_messages_sent_in_a_row_reach_the_mentor_as_one_mail()
    {
        var family = await factory.DaanAsync();
        var daanId = family.YouthId;
        await factory.SendMailAsync();
        var mother = await Browser.LoginAsync(factory, family.Mother.Email);
        for (var i = 1; i <= 4; i++)
            await mother.WriteAsync($"/Messages/Thread?youthId={daanId}", $"Nog iets, deel {i}.", needsAnswer: i == 3);
        var before = smtp.MailTo(DemoSeed.Email.Mentor).Count;

        Assert.Equal(1, await factory.SendMailAsync());

        var mail = Assert.Single(smtp.MailTo(DemoSeed.Email.Mentor).Skip(before));
        Assert.Equal("Nieuw bericht van Anja de Groot over Daan", mail.Subject);
        Assert.Contains("Het bericht heeft een antwoord nodig.", mail.TextBody);
        Assert.Equal(0, await factory.SendMailAsync());
    }

    [Fact]
    public async Task A_message_that_needs_an_answer_shows_on_the_caseload_after_the_set_time_until_the_team_answers()
    {
        var samId = await new YouthBuilder(factory).Named("Sam").Aged(9).WithCarer("Linda Jansen", out var lindaCarer).BuildAsync();
        var linda = lindaCarer.Id;
        var mother = await Browser.LoginAsync(factory, lindaCarer.Email);
        await mother.WriteAsync($"/Messages/Thread?youthId={samId}", "Mag Sam vrijdag eerder weg?", needsAnswer: true);
        await mother.WriteAsync($"/Messages/Thread?youthId={samId}", "Fijn weekend alvast.");
        var eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        Assert.DoesNotContain($"data-testid=\"unanswered\" data-youth=\"{samId}\"", await eva.GetPageAsync("/Caseload"));

        factory.Clock.Advance(TimeSpan.FromHours(49));
        eva = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        var caseload = await eva.PageTextAsync("/Caseload");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(caseload, $"data-testid=\"unanswered\" data-youth=\"{samId}\""));
        Assert.Contains("Linda Jansen wacht sinds", caseload);

        await eva.WriteAsync($"/Messages/Thread?youthId={samId}&with={linda}", "Ja, dat is goed.");
        Assert.DoesNotContain($"data-testid=\"unanswered\" data-youth=\"{samId}\"", await eva.GetPageAsync("/Caseload"));
    }
}

public sealed class MessagesTests_Sqlite(SqliteWithSmtpFactory f) : MessagesTests(f, f.Smtp), IClassFixture<SqliteWithSmtpFactory>;
public sealed class MessagesTests_Postgres(PostgresWithSmtpFactory f) : MessagesTests(f, f.Smtp), IClassFixture<PostgresWithSmtpFactory>;
