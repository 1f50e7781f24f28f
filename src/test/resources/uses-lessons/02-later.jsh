//LESSON Later
// A lesson that builds on the learner's twice from lesson 1.

//STEP Using twice
//USES 01-first:twice
// The learner's own twice, if they solved it.
System.out.println("twice(5) = " + twice(5));
