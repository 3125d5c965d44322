using Samenspel.Web.Jobs;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Messages;

/// <summary>
/// Tells people by e-mail that there is something for them in Samenspel: a new message (to the family member of the
/// thread, or to the current mentor), a new mentor, an absence report (to the carers with authority). Run every minute
/// by the scheduler, so a message is stored first and mailed after; a mail that fails is tried again next run.
/// A mail never holds the text of a message or a note: only who it is from, about whom, and a link to the page, which
/// asks for a sign-in and checks access again. Family members are chosen by <see cref="YouthAccess.FamilyWhoMayAsync"/>
/// at the moment of sending: a parent a 16+ youth shields messages from gets nothing.
/// </summary>
public static class MessageMail
{
    public static readonly RecurringJob Job = new("message-mail", TimeSpan.FromMinutes(1), (services, ct) =>
        SendPendingAsync(services.GetRequiredService<SamenspelDb>(), services.GetRequiredService<YouthAccess>(), services.GetRequiredService<Mailer>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<SamenspelSettings>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessageMail).FullName!), ct));

    sealed record Mail(string To, string Subject, string Body);

    /// <returns>The number of mails sent.</returns>
    public static async Task<int> SendPendingAsync(SamenspelDb db, YouthAccess access, Mailer mailer, TimeProvider clock, SamenspelSettings settings,
        ILogger? log = null, CancellationToken ct = default)
    {
        var sent = 0;
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var messages = await db.Messages.Where(m => m.NotifiedAt == null).OrderBy(m => m.SentAt).Take(200)
            .Join(db.MessageThreads, m => m.ThreadId, th => th.Id, (m, th) => new { Message = m, th.MemberId, th.TrajectoryId })
            .Join(db.Youths, x => x.Message.YouthId, y => y.Id, (x, y) => new { x.Message, x.MemberId, x.TrajectoryId, y.GivenName, y.OrganisationId })
            .ToListAsync(ct);
        // One mail per thread and direction for what came in since the last run: seven quick messages from one
        // parent are one mail to the mentor, not seven.
        foreach (var batch in messages.GroupBy(m => (m.Message.ThreadId, m.Message.Sender == MessageSender.Team)))
        {
            var x = batch.First();
            var needsAnswer = batch.Any(m => m.Message.NeedsAnswer);
            var organisation = organisations.GetValueOrDefault(x.OrganisationId, "Samenspel");
            var mails = new List<Mail>();
            if (x.Message.Sender == MessageSender.Team)
            {
                var member = (await access.FamilyWhoMayAsync(x.Message.YouthId, DataCategory.Messages, AccessAction.Read, ct)).FirstOrDefault(m => m.Id == x.MemberId);
                if (member?.Email is { } to)
                    mails.Add(x.Message.Kind == MessageKind.Introduction
                        ? Introduction(to, member, x.GivenName, organisation, await StaffNameAsync(db, x.Message.SenderStaffId, ct), Link(settings, x.Message.YouthId, null))
                        : ToFamily(to, member, x.GivenName, organisation, Link(settings, x.Message.YouthId, null)));
            }
            else
            {
                var mentor = await db.MentorOf(x.TrajectoryId).Select(s => new { s.Name, s.Email }).FirstOrDefaultAsync(ct);
                var from = x.Message.Sender == MessageSender.Youth ? x.GivenName
                    : await db.Carers.Where(c => c.Id == x.MemberId).Select(c => c.Name).SingleAsync(ct);
                if (mentor is not null)
                    mails.Add(new Mail(mentor.Email, $"Nieuw bericht van {from} over {x.GivenName}", $"""
                        Beste {mentor.Name},

                        {from} heeft het team van {x.GivenName} een bericht gestuurd in Samenspel.{(needsAnswer ? "\nHet bericht heeft een antwoord nodig." : "")}

                        Lees het bericht hier (u logt eerst in):
                        {Link(settings, x.Message.YouthId, x.MemberId)}

                        Deze e-mail komt van {organisation}, via Samenspel.
                        U krijgt hem omdat u de mentor van {x.GivenName} bent.
                        """));
            }
            if (!await SendAllAsync(mailer, mails, organisation, log, ct)) continue;
            sent += mails.Count;
            foreach (var m in batch) m.Message.NotifiedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        var absences = await db.AbsenceReports.Where(a => a.NotifiedAt == null).OrderBy(a => a.ReportedAt).Take(200)
            .Join(db.Youths, a => a.YouthId, y => y.Id, (a, y) => new { Report = a, y.GivenName, y.OrganisationId })
            .ToListAsync(ct);
        foreach (var x in absences)
        {
            var organisation = organisations.GetValueOrDefault(x.OrganisationId, "Samenspel");
            var a = x.Report;
            var reporter = a.ReportedByCarerId is { } carerId ? await db.Carers.Where(c => c.Id == carerId).Select(c => c.Name).SingleAsync(ct) : x.GivenName;
            var what = a.Kind == AbsenceKind.Sick ? "ziek" : "afwezig";
            var when = a.From == a.Until ? $"op {Labels.Date(a.From)}" : $"van {Labels.Date(a.From)} tot en met {Labels.Date(a.Until)}";
            // The carers with authority whom the policy lets read the youth's messages, except the one who reported it.
            var mails = (await access.FamilyWhoMayAsync(a.YouthId, DataCategory.Messages, AccessAction.Read, ct))
                .Where(m => m.Represents && m.Id != a.ReportedByCarerId && m.Email is not null)
                .Select(m => new Mail(m.Email!, $"{x.GivenName} is {what} gemeld", $"""
                    Beste {m.Name},

                    {reporter} heeft {x.GivenName} {what} gemeld {when}.
                    Het team van {x.GivenName} weet het ook.

                    Kijk hier voor meer (u logt eerst in):
                    {settings.PublicUrl}/Messages/Absence?youthId={a.YouthId}

                    Deze e-mail komt van {organisation}, via Samenspel.
                    U krijgt hem omdat u gezag hebt over {x.GivenName}.
                    """))
                .ToList();
            if (!await SendAllAsync(mailer, mails, organisation, log, ct)) continue;
            sent += mails.Count;
            a.NotifiedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    /// <summary>A link that keeps working: the page itself, which asks for a sign-in first. No token in it.</summary>
    static string Link(SamenspelSettings settings, Guid youthId, Guid? member) =>
        $"{settings.PublicUrl}/Messages/Thread?youthId={youthId}" + (member is { } id ? $"&with={id}" : "");

    static Mail ToFamily(string to, YouthAccess.FamilyMember member, string givenName, string organisation, string link) => member.Party == FamilyParty.Youth
        ? new Mail(to, "Nieuw bericht van je team", $"""
            Hoi {givenName},

            Je team heeft je een bericht gestuurd in Samenspel.

            Lees het hier (je logt eerst in):
            {link}

            Deze e-mail komt van {organisation}, via Samenspel.
            """)
        : new Mail(to, $"Nieuw bericht van het team van {givenName}", $"""
            Beste {member.Name},

            Het team van {givenName} heeft u een bericht gestuurd in Samenspel.

            Lees het bericht hier (u logt eerst in):
            {link}

            Deze e-mail komt van {organisation}, via Samenspel.
            U krijgt hem omdat u berichten over {givenName} krijgt.
            """);

    static Mail Introduction(string to, YouthAccess.FamilyMember member, string givenName, string organisation, string? mentor, string link) =>
        new(to, $"Nieuwe mentor voor {givenName}", $"""
            {(member.Party == FamilyParty.Youth ? $"Hoi {givenName}" : $"Beste {member.Name}")},

            {(member.Party == FamilyParty.Youth
                ? $"Je hebt een nieuwe mentor: {mentor ?? "een collega uit het team"}.\nJe nieuwe mentor stelt zich voor in Samenspel. Al je berichten blijven daar staan."
                : $"{givenName} heeft een nieuwe mentor: {mentor ?? "een collega uit het team"}.\nDe nieuwe mentor stelt zich voor in Samenspel. Alle berichten blijven daar staan.")}

            Lees het bericht hier ({(member.Party == FamilyParty.Youth ? "je logt" : "u logt")} eerst in):
            {link}

            Deze e-mail komt van {organisation}, via Samenspel.
            """);

    static Task<string?> StaffNameAsync(SamenspelDb db, Guid? staffId, CancellationToken ct) =>
        db.Staff.Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync(ct);

    /// <returns>False when a mail failed; the item stays pending and is tried again next run.</returns>
    static async Task<bool> SendAllAsync(Mailer mailer, List<Mail> mails, string organisation, ILogger? log, CancellationToken ct)
    {
        foreach (var mail in mails)
        {
            try
            {
                await mailer.SendAsync(mail.To, mail.Subject, mail.Body, organisation, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log?.LogWarning(e, "A message notification could not be sent; it is tried again next run");
                return false;
            }
        }
        return true;
    }
}
