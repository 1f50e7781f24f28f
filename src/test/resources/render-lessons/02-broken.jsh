//LESSON A lesson with a failing step
// The second step throws.

//STEP Fine
int k = 3;
System.out.println("k is " + k);

//STEP Divide by zero
// This step fails on purpose.
int zero = 0;
int broken = k / zero;

//STEP After the failure
System.out.println("still runs");
