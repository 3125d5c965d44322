using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspel.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    With = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CarerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NetworkContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactLog_Carers_CarerId",
                        column: x => x.CarerId,
                        principalTable: "Carers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_NetworkContacts_NetworkContactId",
                        column: x => x.NetworkContactId,
                        principalTable: "NetworkContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_Staff_RecordedByStaffId",
                        column: x => x.RecordedByStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLog_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_CarerId",
                table: "ContactLog",
                column: "CarerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_NetworkContactId",
                table: "ContactLog",
                column: "NetworkContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_RecordedByStaffId",
                table: "ContactLog",
                column: "RecordedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_TrajectoryId",
                table: "ContactLog",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_YouthId_CarerId_Reached_ContactedOn",
                table: "ContactLog",
                columns: new[] { "YouthId", "CarerId", "Reached", "ContactedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLog_YouthId_ContactedAt",
                table: "ContactLog",
                columns: new[] { "YouthId", "ContactedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactLog");
        }
    }
}
