#ifndef ACTORMAP_CGRAPHVIZ_SHIM_H
#define ACTORMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
