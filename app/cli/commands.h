#pragma once

namespace cd::cli {

class CommandRegistry;

// Each capability registers its commands here; cliapp.cpp calls them in order.
void registerDatabaseCommands(CommandRegistry &registry);
void registerRosterCommands(CommandRegistry &registry);
void registerImportCommands(CommandRegistry &registry);
void registerRequestCommands(CommandRegistry &registry);
void registerMeetingCommands(CommandRegistry &registry);
void registerPartyCommands(CommandRegistry &registry);
void registerElectionCommands(CommandRegistry &registry);

} // namespace cd::cli
