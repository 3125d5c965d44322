using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Data;

/// <summary>The demo organisation: every role, two teams, and the legal cases that matter (a child under 12,
/// separated parents who both have authority, a 16+ youth who shields the journal, a parent without authority).</summary>
public sealed class DemoSeed(SamenspelDb db, UserManager<AppUser> users, AuditScope scope, TimeProvider clock)
{
    public const string Password = "samenspel-demo";
    /// <summary>Every demo account's e-mail address ends in @ this domain (see <see cref="DatabaseStartup.HasDemoAccountsAsync"/>).</summary>
    public const string EmailDomain = "demo.samenspel.nl";

    /// <summary>The demo accounts' e-mail addresses by person, for code and tests that sign in as one of them.</summary>
    public static class Email
    {
        public const string Mentor = "mentor@demo.samenspel.nl";
        public const string ShadowMentor = "schaduwmentor@demo.samenspel.nl";
        public const string Counsellor = "begeleider@demo.samenspel.nl";
        public const string Scientist = "gedragswetenschapper@demo.samenspel.nl";
        public const string TeamLead = "teamleider@demo.samenspel.nl";
        public const string SouthMentor = "mentor.zuid@demo.samenspel.nl";
        public const string SouthTeamLead = "teamleider.zuid@demo.samenspel.nl";
        public const string Administrator = "beheerder@demo.samenspel.nl";
        public const string PrivacyOfficer = "privacy@demo.samenspel.nl";
        public const string SamsMother = "ouder.sam@demo.samenspel.nl";
        public const string NoorsMother = "moeder.noor@demo.samenspel.nl";
        public const string NoorsFather = "vader.noor@demo.samenspel.nl";
        public const string DaansMother = "moeder.daan@demo.samenspel.nl";
        public const string DaansFather = "vader.daan@demo.samenspel.nl";
        public const string LottesFather = "vader.lotte@demo.samenspel.nl";
        public const string Noor = "noor@demo.samenspel.nl";
        public const string Daan = "daan@demo.samenspel.nl";
    }

    public sealed record Login(string Email, string DutchRole, string Description);

    public static readonly Login[] Logins =
    [
        new(Email.Mentor, "mentor", "Eva de Boer, mentor in team Noord (Sam, Noor, Daan)"),
        new(Email.ShadowMentor, "schaduwmentor", "Joris Smit, schaduwmentor in team Noord"),
        new(Email.Counsellor, "begeleider", "Fatima El Amrani, begeleider in team Noord"),
        new(Email.Scientist, "gedragswetenschapper", "Dr. Marieke Visser, gedragswetenschapper"),
        new(Email.TeamLead, "teamleider", "Henk Bakker, teamleider van team Noord"),
        new(Email.SouthMentor, "mentor", "Ruben Mulder, mentor in team Zuid (Lotte)"),
        new(Email.SouthTeamLead, "teamleider", "Sanne Vos, teamleider van team Zuid"),
        new(Email.Administrator, "beheerder", "Peter de Wit, functioneel beheerder"),
        new(Email.PrivacyOfficer, "privacyfunctionaris", "Yvonne Kramer, functionaris gegevensbescherming: leest het logboek"),
        new(Email.SamsMother, "ouder", "Linda Jansen, moeder van Sam (9), met gezag"),
        new(Email.NoorsMother, "ouder", "Ingrid Peters, moeder van Noor (14), met gezag"),
        new(Email.NoorsFather, "ouder", "Mark Peters, vader van Noor (14), gescheiden, met gezag sinds kort"),
        new(Email.DaansMother, "ouder", "Anja de Groot, moeder van Daan (17), met gezag"),
        new(Email.DaansFather, "ouder", "Kees de Groot, vader van Daan (17); Daan heeft zijn dagboek voor hem afgeschermd"),
        new(Email.LottesFather, "ouder", "Erik Hendriks, vader van Lotte (13), zonder gezag"),
        new(Email.Noor, "jongere", "Noor Peters, 14 jaar"),
        new(Email.Daan, "jongere", "Daan de Groot, 17 jaar"),
    ];

    public async Task RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        var org = new Organisation { Name = "Jeugdhulp De Brug (demo)" };
        db.Organisations.Add(org);
        scope.OrganisationId = org.Id;
        scope.Client = "seed";
        var north = new Team { OrganisationId = org.Id, Name = "Team Noord" };
        var south = new Team { OrganisationId = org.Id, Name = "Team Zuid" };
        db.Teams.AddRange(north, south);
        await db.SaveChangesAsync(ct);

        var mentor = await StaffAsync(org, north, "Eva de Boer", Logins[0].Email, StaffRole.Mentor);
        var shadow = await StaffAsync(org, north, "Joris Smit", Logins[1].Email, StaffRole.ShadowMentor);
        var counsellor = await StaffAsync(org, north, "Fatima El Amrani", Logins[2].Email, StaffRole.Counsellor);
        var scientist = await StaffAsync(org, north, "Marieke Visser", Logins[3].Email, StaffRole.BehaviouralScientist);
        await StaffAsync(org, north, "Henk Bakker", Logins[4].Email, StaffRole.TeamLead);
        var mentorSouth = await StaffAsync(org, south, "Ruben Mulder", Logins[5].Email, StaffRole.Mentor);
        await StaffAsync(org, south, "Sanne Vos", Logins[6].Email, StaffRole.TeamLead);
        await StaffAsync(org, null, "Peter de Wit", Logins[7].Email, StaffRole.Administrator);
        await StaffAsync(org, null, "Yvonne Kramer", Logins[8].Email, StaffRole.PrivacyOfficer);

        var sam = Youth(org, "Sam", "Jansen", today.AddYears(-9).AddMonths(-4), null);
        var noor = Youth(org, "Noor", "Peters", today.AddYears(-14).AddMonths(-2), Logins[15].Email);
        var daan = Youth(org, "Daan", "de Groot", today.AddYears(-17).AddMonths(-5), Logins[16].Email);
        var lotte = Youth(org, "Lotte", "Hendriks", today.AddYears(-13).AddMonths(-7), null);
        db.Youths.AddRange(sam, noor, daan, lotte);
        await db.SaveChangesAsync(ct);
        await AccountAsync(noor.Email!, noor.FullName, AccountKind.Youth, org, u => noor.UserId = u.Id);
        await AccountAsync(daan.Email!, daan.FullName, AccountKind.Youth, org, u => daan.UserId = u.Id);

        Trajectory(sam, north, TrajectoryType.Ambulant, today.AddMonths(-2), mentor, shadow, counsellor, scientist);
        Trajectory(noor, north, TrajectoryType.DayProgramme, today.AddMonths(-5), mentor, shadow, counsellor, scientist);
        Trajectory(daan, north, TrajectoryType.Residential, today.AddMonths(-8), mentor, shadow, counsellor, scientist);
        Trajectory(lotte, south, TrajectoryType.FosterCare, today.AddMonths(-3), mentorSouth, null, null, null);

        await CarerAsync(org, sam, "Linda Jansen", Logins[9].Email, CarerPosition.ParentWithAuthority, sam.BirthDate);
        await CarerAsync(org, noor, "Ingrid Peters", Logins[10].Email, CarerPosition.ParentWithAuthority, noor.BirthDate);
        await CarerAsync(org, noor, "Mark Peters", Logins[11].Email, CarerPosition.ParentWithAuthority, today.AddMonths(-1));
        await CarerAsync(org, daan, "Anja de Groot", Logins[12].Email, CarerPosition.ParentWithAuthority, daan.BirthDate);
        var daansFather = await CarerAsync(org, daan, "Kees de Groot", Logins[13].Email, CarerPosition.ParentWithAuthority, daan.BirthDate);
        await CarerAsync(org, lotte, "Erik Hendriks", Logins[14].Email, CarerPosition.ParentWithoutAuthority, null);
        var lottesMother = new Carer { OrganisationId = org.Id, Name = "Petra Hendriks", Email = "petra.hendriks@example.nl" };
        db.Carers.Add(lottesMother);
        db.CarerLinks.Add(new CarerLink { YouthId = lotte.Id, CarerId = lottesMother.Id, Position = CarerPosition.ParentWithAuthority, AuthoritySince = lotte.BirthDate });

        db.NetworkContacts.AddRange(
            new NetworkContact { YouthId = noor.Id, Kind = NetworkContactKind.School, Name = "Mevr. Kaya (mentor school)", Organisation = "Het Baken College", Phone = "010 123 45 67" },
            new NetworkContact { YouthId = noor.Id, Kind = NetworkContactKind.Referrer, Name = "Wijkteam Noord", Organisation = "Gemeente", Email = "wijkteam@example.nl" },
            new NetworkContact { YouthId = daan.Id, Kind = NetworkContactKind.TreatingProfessional, Name = "Dr. Bos", Organisation = "GGZ Centrum", Phone = "010 765 43 21" });

        db.CategoryShields.Add(new CategoryShield { YouthId = daan.Id, CarerId = daansFather.Id, ShieldedCategory = DataCategory.Journal, CreatedAt = now });
        Journal(daan, now.AddDays(-20), "Deze week heb ik met de groep gekookt. Ik maakte pasta voor iedereen.");
        Journal(daan, now.AddDays(-6), "Ik heb gesolliciteerd bij de supermarkt. Spannend!");
        Journal(noor, now.AddDays(-60), "Ik vond school moeilijk deze week, maar ik ben wel elke dag gegaan.");
        Journal(noor, now.AddDays(-10), "We hebben een stappenplan gemaakt voor mijn huiswerk.");
        Journal(noor, now.AddDays(-3), "Ik wil niet dat mijn ouders dit lezen: ik had ruzie op school.")
            .ShieldFromCarers("Op verzoek van Noor; besproken met de gedragswetenschapper.");
        Journal(sam, now.AddDays(-4), "Sam heeft een tekening gemaakt van zijn droomhuis.");
        await db.SaveChangesAsync(ct);
    }

    async Task<StaffMember> StaffAsync(Organisation org, Team? team, string name, string email, StaffRole role)
    {
        var member = new StaffMember { OrganisationId = org.Id, TeamId = team?.Id, Name = name, Email = email, Role = role };
        db.Staff.Add(member);
        await AccountAsync(email, name, AccountKind.Staff, org, u => member.UserId = u.Id);
        return member;
    }

    Youth Youth(Organisation org, string given, string family, DateOnly birth, string? email) =>
        new() { OrganisationId = org.Id, GivenName = given, FamilyName = family, BirthDate = birth, Email = email };

    void Trajectory(Youth youth, Team team, TrajectoryType type, DateOnly start, StaffMember mentor, StaffMember? shadow, StaffMember? counsellor, StaffMember? scientist)
    {
        var t = new Trajectory { YouthId = youth.Id, TeamId = team.Id, Type = type, StartDate = start, ExpectedEndDate = start.AddYears(1).AddDays(-1) };
        t.AddMember(mentor.Id, StaffRole.Mentor);
        if (shadow is not null) t.AddMember(shadow.Id, StaffRole.ShadowMentor);
        if (counsellor is not null) t.AddMember(counsellor.Id, StaffRole.Counsellor);
        if (scientist is not null) t.AddMember(scientist.Id, StaffRole.BehaviouralScientist);
        db.Trajectories.Add(t);
    }

    async Task<Carer> CarerAsync(Organisation org, Youth youth, string name, string email, CarerPosition position, DateOnly? authoritySince)
    {
        var carer = new Carer { OrganisationId = org.Id, Name = name, Email = email };
        db.Carers.Add(carer);
        db.CarerLinks.Add(new CarerLink { YouthId = youth.Id, CarerId = carer.Id, Position = position, AuthoritySince = authoritySince });
        await AccountAsync(email, name, AccountKind.Carer, org, u => carer.UserId = u.Id);
        return carer;
    }

    JournalEntry Journal(Youth youth, DateTimeOffset at, string text)
    {
        var entry = new JournalEntry { YouthId = youth.Id, WrittenAt = at, RecordedOn = DutchCalendar.DateAt(at), Text = text };
        db.JournalEntries.Add(entry);
        return entry;
    }

    async Task AccountAsync(string email, string name, AccountKind kind, Organisation org, Action<AppUser> link)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Kind = kind, OrganisationId = org.Id };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        link(user);
    }
}
