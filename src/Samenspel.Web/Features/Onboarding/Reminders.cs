using Samenspel.Web.Jobs;
using Samenspel.Web.Mail;

namespace Samenspel.Web.Features.Onboarding;

/// <summary>
/// Reminds carers who have not been in Samenspel for <c>weeks</c> weeks (setting
/// <c>Samenspel:Onboarding:ReminderWeeks</c>, default 3). A carer is due when they are linked to a youth with an
/// active trajectory, the policy lets them read that youth's register, they have an account, and the last sign-in
/// (or, without one, the last invitation) is older than the period; a carer who never signed in and was never
/// invited is due at once. Each reminder sent is an audit event ("reminder", object the user), so nobody gets a
/// second one within the period. Run daily by the scheduler (<see cref="Job"/>), acting as the system.
/// </summary>
public static class Reminders
{
    public const string EventType = "reminder";

    public static int Weeks(IConfiguration config) => config.GetValue("Samenspel:Onboarding:ReminderWeeks", 3);

    /// <summary>Once a day; a run that is missed only delays the reminders to the next day.</summary>
    public static readonly RecurringJob Job = new("onboarding-reminders", TimeSpan.FromDays(1), (services, ct) =>
        SendDueAsync(services.GetRequiredService<SamenspelDb>(), services.GetRequiredService<Mailer>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<SamenspelSettings>(),
            Weeks(services.GetRequiredService<IConfiguration>()),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Reminders).FullName!), ct));

    /// <returns>The accounts that were reminded.</returns>
    public static async Task<IReadOnlyList<Guid>> SendDueAsync(SamenspelDb db, Mailer mailer, TimeProvider clock, SamenspelSettings settings,
        int weeks, ILogger? log = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        var cutoff = now - TimeSpan.FromDays(7 * weeks);

        var links = await db.CarerLinks.AsNoTracking()
            .Join(db.Trajectories.ActiveOn(today), l => l.YouthId, x => x.YouthId, (l, x) => new { l, TrajectoryId = x.Id })
            .Join(db.Carers.Where(c => c.UserId != null), a => a.l.CarerId, c => c.Id, (a, c) => new { a.l, a.TrajectoryId, c.UserId })
            .Join(db.Youths, a => a.l.YouthId, y => y.Id, (a, y) => new
            {
                UserId = a.UserId!.Value, y.GivenName, y.BirthDate, a.l.Position, a.l.AuthoritySince, a.l.CourtAppointed,
                Shielded = db.CategoryShields.Any(s => s.YouthId == y.Id && s.CarerId == a.l.CarerId && s.ShieldedCategory == DataCategory.Register),
                Mentor = db.Mentors().Where(m => m.TrajectoryId == a.TrajectoryId).Select(m => m.Staff.Name + " (" + m.Staff.Email + ")").FirstOrDefault(),
            })
            .ToListAsync(ct);
        var children = links
            .Where(l => StartPeople.MayReadRegister(new Relation.Carer(l.Position, l.AuthoritySince, l.CourtAppointed), l.BirthDate, today, l.Shielded))
            .GroupBy(l => l.UserId)
            .ToDictionary(g => g.Key, g => g.DistinctBy(l => l.GivenName).OrderBy(l => l.GivenName).ToList());
        var userIds = children.Keys.ToList();
        if (userIds.Count == 0) return [];

        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LastSignInAt, u.OrganisationId, HasPassword = u.PasswordHash != null })
            .ToListAsync(ct);
        var invited = (await db.Invitations.AsNoTracking().Where(i => userIds.Contains(i.UserId)).Select(i => new { i.UserId, i.SentAt }).ToListAsync(ct))
            .GroupBy(i => i.UserId).ToDictionary(g => g.Key, g => g.Max(i => i.SentAt));
        var remindedRecently = (await db.AuditEvents.AsNoTracking()
            .Where(e => e.EventType == EventType && e.Outcome == AuditOutcome.Success && e.ObjectType == nameof(AppUser) && e.OccurredAt > cutoff)
            .Select(e => e.ObjectId).ToListAsync(ct)).ToHashSet();
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var reminded = new List<Guid>();
        foreach (var user in users.OrderBy(u => u.Id))
        {
            var lastSeen = new[] { user.LastSignInAt, invited.TryGetValue(user.Id, out var sent) ? sent : null }.Max();
            if (lastSeen > cutoff || remindedRecently.Contains(user.Id.ToString()) || user.Email is null) continue;
            var organisation = organisations.GetValueOrDefault(user.OrganisationId, "Samenspel");
            var kids = children[user.Id];
            var mentors = string.Join("\n", kids.Where(k => k.Mentor is not null).Select(k => $"De mentor van {k.GivenName} is {k.Mentor}."));
            var body = $"""
                Beste {user.DisplayName},

                U bent al een tijd niet in Samenspel geweest.
                In Samenspel ziet u het plan, de afspraken en de berichten over {string.Join(" en ", kids.Select(k => k.GivenName))}.

                {(user.HasPassword
                    ? $"Log in via deze link:\n{settings.PublicUrl}/Accounts/Login"
                    : "U hebt nog geen wachtwoord gekozen. Vraag de mentor om een nieuwe uitnodiging.")}

                Hebt u vragen? Mail de mentor.
                {mentors}

                Deze e-mail komt van {organisation}, via Samenspel.
                U krijgt hem omdat u {weeks} weken niet bent ingelogd.
                """;
            try
            {
                await mailer.SendAsync(user.Email, $"Herinnering van {organisation}: kijk eens in Samenspel", body, organisation, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not recorded as sent, so the next run tries again.
                log?.LogWarning(e, "Reminder to user {UserId} could not be sent", user.Id);
                continue;
            }
            db.Audit(EventType, AuditAction.Execute, AuditOutcome.Success, user.OrganisationId, objectType: nameof(AppUser), objectId: user.Id.ToString());
            await db.SaveChangesAsync(ct);
            reminded.Add(user.Id);
        }
        return reminded;
    }
}
