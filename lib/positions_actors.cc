// The default ActorResolver: the built-in gazetteer's metonyms (Moscow, the Kremlin ->
// Russia) and offices with dates (Sergei Lavrov, foreign minister of Russia from
// 2004-03-09, speaks for Russia in 2008 and in 2022).
#include <algorithm>

#include "dossier/entities.h"
#include "dossier/positions.h"

namespace dossier {

const ActorResolver& ActorResolver::builtin() {
  static const ActorResolver resolver = [] {
    ActorResolver r;
    r.stands_for = [](const Entity& e) { return actor_of(e, Gazetteer::builtin()); };
    r.speaks_for = [](const std::string& name, const std::string& date) {
      std::vector<std::string> out;
      for (const auto& o : offices_on(name, date, Gazetteer::builtin())) {
        // The body of an office stands for its state like any metonym: the Kremlin's
        // spokesman speaks for Russia.
        Entity body;
        body.name = o.of;
        std::string of = o.of.empty() ? o.of : actor_of(body, Gazetteer::builtin());
        if (!of.empty() && of != name && std::find(out.begin(), out.end(), of) == out.end()) out.push_back(of);
      }
      return out;
    };
    return r;
  }();
  return resolver;
}

}  // namespace dossier
